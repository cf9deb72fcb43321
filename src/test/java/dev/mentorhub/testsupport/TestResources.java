package dev.mentorhub.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest runs on a real PostgreSQL and a real Keycloak, started side by side. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, parallel = true)
@QuarkusTestResource(value = KeycloakResource.class, parallel = true)
public final class TestResources {

    private TestResources() {
    }
}
