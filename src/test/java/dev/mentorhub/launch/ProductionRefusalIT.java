package dev.mentorhub.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.testsupport.TestKeycloak;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app in its production profile refuses to start on development defaults, naming the setting; the
 * explicit local-trial flags are tested by {@link RestartIT}, which starts it with them.
 */
class ProductionRefusalIT {

    @TempDir
    Path workDir;

    @Test
    void shouldRefuseToStartAnEmbeddedDatabaseOrLocalKeycloakNobodyAskedFor() throws Exception {
        Path log = workDir.resolve("refused.log");
        Process app = start(log, List.of());

        assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("the app stops by itself").isTrue();
        assertThat(app.exitValue()).isNotZero();
        assertThat(Files.readString(log))
                .contains("MENTORHUB_DB_EMBEDDED=true", "QUARKUS_DATASOURCE_JDBC_URL")
                .contains("MENTORHUB_KEYCLOAK_LOCAL=true", "QUARKUS_OIDC_AUTH_SERVER_URL")
                .doesNotContain("Starting the embedded PostgreSQL", "Starting the local Keycloak");
        assertThat(workDir.resolve("postgres")).doesNotExist();
    }

    @Test
    void shouldRefuseTheDevelopmentSecretAndLocalhostAddresses() throws Exception {
        Path log = workDir.resolve("refused.log");
        Process app = start(log, List.of("-Dmentorhub.db.embedded=true",
                "-Dquarkus.oidc.auth-server-url=" + TestKeycloak.get().realmUrl()));

        assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("the app stops by itself").isTrue();
        assertThat(app.exitValue()).isNotZero();
        assertThat(Files.readString(log))
                .contains("QUARKUS_OIDC_CREDENTIALS_SECRET", "QUARKUS_OIDC_AUTH_SERVER_URL",
                        "MENTORHUB_OUTBOX_LINK_BASE_URL")
                .doesNotContain("Listening on");
    }

    private Process start(Path log, List<String> settings) throws IOException {
        String jar = System.getProperty("mentorhub.app.jar", "target/quarkus-app/quarkus-run.jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + TestKeycloak.freePort(),
                "-Dmentorhub.db.data-dir=" + workDir.resolve("postgres"),
                "-Dmentorhub.db.port=" + TestKeycloak.freePort(),
                "-Dmentorhub.keycloak.port=" + TestKeycloak.freePort()));
        command.addAll(settings);
        command.addAll(List.of("-jar", jar));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // Whatever the machine running the tests has set must not leak into the app.
        builder.environment().keySet().removeIf(name -> name.startsWith("MENTORHUB_") || name.startsWith("QUARKUS_"));
        return builder.start();
    }
}
