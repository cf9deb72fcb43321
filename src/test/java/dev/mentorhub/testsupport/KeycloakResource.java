package dev.mentorhub.testsupport;

import dev.mentorhub.common.local.LocalKeycloak;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The real local Keycloak with the shipped realm, started once per test JVM (see {@link TestKeycloak}). */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", TestKeycloak.get().realmUrl(),
                "quarkus.oidc.credentials.secret", LocalKeycloak.DEV_CLIENT_SECRET);
    }

    @Override
    public void stop() {
        // Kept for the whole test JVM; a shutdown hook stops it.
    }
}
