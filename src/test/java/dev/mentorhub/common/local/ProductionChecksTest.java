package dev.mentorhub.common.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What production refuses to start with, and what an explicit local trial may still use. */
class ProductionChecksTest {

    private static final String REAL_KEYCLOAK = "https://sso.example.org/realms/mentorhub";

    /** A production configuration that passes: external database and Keycloak, a real secret, a public address. */
    private static Map<String, String> production() {
        Map<String, String> settings = new HashMap<>();
        settings.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://db.internal:5432/mentorhub");
        settings.put("quarkus.oidc.auth-server-url", REAL_KEYCLOAK);
        settings.put("quarkus.oidc.credentials.secret", "s3cr3t-from-the-keycloak-console");
        settings.put("mentorhub.outbox.link-base-url", "https://mentoring.example.org");
        return settings;
    }

    private static List<String> launcher(Map<String, String> settings) {
        return ProductionChecks.launcherRefusals(name -> Optional.ofNullable(settings.get(name)));
    }

    private static List<String> config(Map<String, String> settings) {
        return ProductionChecks.configRefusals(name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    void shouldStartAProperProductionConfiguration() {
        assertThat(launcher(production())).isEmpty();
        assertThat(config(production())).isEmpty();
    }

    @Test
    void shouldRefuseTheEmbeddedDatabaseUnlessAskedForExplicitly() {
        Map<String, String> settings = production();
        settings.remove("quarkus.datasource.jdbc.url");
        assertThat(launcher(settings)).singleElement().asString()
                .contains("QUARKUS_DATASOURCE_JDBC_URL", "MENTORHUB_DB_EMBEDDED=true");

        settings.put("mentorhub.db.embedded", "true");
        assertThat(launcher(settings)).isEmpty();
        assertThat(config(settings)).as("an embedded database alone permits no development default").isEmpty();
    }

    @Test
    void shouldRefuseTheLocalKeycloakUnlessAskedForExplicitly() {
        Map<String, String> settings = production();
        settings.remove("quarkus.oidc.auth-server-url");
        assertThat(launcher(settings)).singleElement().asString()
                .contains("QUARKUS_OIDC_AUTH_SERVER_URL", "MENTORHUB_KEYCLOAK_LOCAL=true");

        settings.put("mentorhub.keycloak.local", "TRUE");
        assertThat(launcher(settings)).isEmpty();
    }

    @Test
    void shouldRefuseTheDevelopmentClientSecretOrNone() {
        Map<String, String> settings = production();
        settings.put("quarkus.oidc.credentials.secret", LocalKeycloak.DEV_CLIENT_SECRET);
        assertThat(config(settings)).singleElement().asString()
                .contains("QUARKUS_OIDC_CREDENTIALS_SECRET", "development");
        settings.remove("quarkus.oidc.credentials.secret");
        assertThat(config(settings)).singleElement().asString().contains("QUARKUS_OIDC_CREDENTIALS_SECRET");
        settings.put("quarkus.oidc.credentials.secret", "  ");
        assertThat(config(settings)).singleElement().asString().contains("QUARKUS_OIDC_CREDENTIALS_SECRET");
    }

    @Test
    void shouldRefuseAKeycloakOnLocalhost() {
        for (String url : List.of("http://localhost:8180/realms/mentorhub", "http://127.0.0.1:8180/realms/mentorhub",
                "http://[::1]:8180/realms/mentorhub", "http://LOCALHOST/realms/mentorhub",
                "http://sso.localhost/realms/mentorhub", "not a url")) {
            Map<String, String> settings = production();
            settings.put("quarkus.oidc.auth-server-url", url);
            assertThat(config(settings)).as(url).singleElement().asString().contains("QUARKUS_OIDC_AUTH_SERVER_URL");
        }
    }

    @Test
    void shouldRefuseLinksToLocalhost() {
        Map<String, String> settings = production();
        settings.put("mentorhub.outbox.link-base-url", "http://localhost:8080");
        assertThat(config(settings)).singleElement().asString().contains("MENTORHUB_OUTBOX_LINK_BASE_URL");
        settings.remove("mentorhub.outbox.link-base-url");
        assertThat(config(settings)).as("the default is localhost").singleElement().asString()
                .contains("MENTORHUB_OUTBOX_LINK_BASE_URL");
    }

    @Test
    void shouldNameEveryProblemAtOnce() {
        Map<String, String> settings = new HashMap<>();
        assertThat(launcher(settings)).hasSize(2);
        settings.put("quarkus.oidc.auth-server-url", "http://localhost:8180/realms/mentorhub");
        settings.put("quarkus.oidc.credentials.secret", LocalKeycloak.DEV_CLIENT_SECRET);
        assertThat(config(settings)).hasSize(3);
    }

    @Test
    void shouldLetAnExplicitLocalTrialUseItsLocalServices() {
        Map<String, String> settings = new HashMap<>(Map.of("mentorhub.db.embedded", "true",
                "mentorhub.keycloak.local", "true",
                "quarkus.oidc.auth-server-url", "http://localhost:8180/realms/mentorhub",
                "quarkus.oidc.credentials.secret", LocalKeycloak.DEV_CLIENT_SECRET));
        assertThat(launcher(settings)).isEmpty();
        assertThat(config(settings)).isEmpty();

        settings.put("mentorhub.keycloak.local", "false");
        assertThat(config(settings)).hasSize(3);
    }
}
