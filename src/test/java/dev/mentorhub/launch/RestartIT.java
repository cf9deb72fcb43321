package dev.mentorhub.launch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.common.local.LocalKeycloak;
import dev.mentorhub.testsupport.TestKeycloak;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app ({@code java -jar target/quarkus-app/quarkus-run.jar}) as a local trial, with the explicit flags
 * production needs for it ({@code MENTORHUB_DB_EMBEDDED=true}, {@code MENTORHUB_KEYCLOAK_LOCAL=true}): it starts its
 * own PostgreSQL on a data directory, and after a stop and a start on the same directory the data is still there.
 * Keycloak is the test one, passed in by its URL (so none is started), with the development client secret.
 */
class RestartIT {

    @TempDir
    Path workDir;

    private Process app;

    @Test
    void shouldKeepDataAcrossRestartOfAppAndEmbeddedDatabase() throws Exception {
        Path dataDir = workDir.resolve("postgres");
        int httpPort = TestKeycloak.freePort();
        int dbPort = TestKeycloak.freePort();
        String token = TestKeycloak.accessToken("alice");

        app = startApp(dataDir, httpPort, dbPort, workDir.resolve("first-run.log"));
        JsonPath firstRun = me(httpPort, token);
        stopApp();
        assertThat(dataDir.resolve("postmaster.pid")).as("PostgreSQL stopped with the app").doesNotExist();

        app = startApp(dataDir, httpPort, dbPort, workDir.resolve("second-run.log"));
        JsonPath secondRun = me(httpPort, TestKeycloak.accessToken("alice"));

        assertThat(secondRun.getString("id")).isEqualTo(firstRun.getString("id"));
        assertThat(secondRun.getString("memberSince")).isEqualTo(firstRun.getString("memberSince"));
        assertThat(Files.readString(workDir.resolve("second-run.log")))
                .contains("Starting the embedded PostgreSQL")
                .doesNotContain("Migrating schema \"public\" to version \"1");
    }

    @AfterEach
    void stopApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
        app = null;
    }

    private static JsonPath me(int httpPort, String token) {
        return given().auth().oauth2(token)
                .get("http://localhost:" + httpPort + "/api/v1/me")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    private static Process startApp(Path dataDir, int httpPort, int dbPort, Path log) throws IOException {
        String jar = System.getProperty("mentorhub.app.jar", "target/quarkus-app/quarkus-run.jar");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + httpPort,
                "-Dmentorhub.db.data-dir=" + dataDir,
                "-Dmentorhub.db.port=" + dbPort,
                "-Dmentorhub.db.embedded=true",
                "-Dmentorhub.keycloak.local=true",
                "-Dquarkus.oidc.credentials.secret=" + LocalKeycloak.DEV_CLIENT_SECRET,
                "-Dquarkus.oidc.auth-server-url=" + TestKeycloak.get().realmUrl(),
                "-jar", jar);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The app exited: " + Files.readString(log));
                    }
                    return isReady(httpPort);
                });
        return process;
    }

    private static boolean isReady(int httpPort) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
