package dev.mentorhub.common.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Keycloak started from the unpacked {@code org.keycloak:keycloak-quarkus-dist} ({@code kc.sh start-dev}),
 * with the MentorHub realm imported. Used by the run command and by the tests; production points at its own Keycloak.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "mentorhub";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    /** The mentorhub-web client secret of the local Keycloak only; production refuses it. */
    public static final String DEV_CLIENT_SECRET = "mentorhub-web-dev-secret-change-me-in-production";

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;

    private LocalKeycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Whether a Keycloak already serves the MentorHub realm on this port (e.g. one left from an earlier run). */
    public static boolean isServing(int port) {
        return realmAnswers(port);
    }

    /**
     * Starts Keycloak and waits until the realm answers. The realm is the production one, imported the way production
     * imports it (its {@code ${MENTORHUB_WEB_CLIENT_SECRET}} and {@code ${MENTORHUB_PUBLIC_URL}} placeholders filled
     * in by Keycloak from the environment), plus what only a local Keycloak gets: the demo users, and no email
     * verification (there is no mail server for Keycloak here; MentorHub still trusts only verified addresses).
     *
     * @param home the unpacked distribution (the folder holding {@code bin/kc.sh})
     * @param realmFile the realm to import when it does not exist yet
     * @param devUsersFile demo accounts ({@code {"users": [...]}}) added to the realm
     * @param publicUrl where the app runs, for the web client's redirect URIs
     * @param inMemory {@code true} for a throw-away H2 database (tests), {@code false} to keep accounts across restarts
     */
    public static LocalKeycloak start(Path home, Path realmFile, Path devUsersFile, String publicUrl, int port,
            boolean inMemory) {
        Path kcScript = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcScript)) {
            throw new IllegalStateException("No Keycloak distribution at " + home.toAbsolutePath()
                    + ". Run './mvnw generate-resources' (part of every build) to unpack it.");
        }
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            writeLocalRealm(realmFile, devUsersFile, importDir.resolve(REALM + "-realm.json"));
            kcScript.toFile().setExecutable(true);

            List<String> command = new ArrayList<>(List.of(kcScript.toAbsolutePath().toString(), "start-dev",
                    "--import-realm", "--http-port=" + port, "--http-host=127.0.0.1", "--hostname-strict=false",
                    "--db=" + (inMemory ? "dev-mem" : "dev-file"), "--cache=local"));
            Path log = home.resolve("keycloak-" + port + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("MENTORHUB_WEB_CLIENT_SECRET", DEV_CLIENT_SECRET);
            builder.environment().put("MENTORHUB_PUBLIC_URL", publicUrl);
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            LocalKeycloak keycloak = new LocalKeycloak(builder.start(), port);
            keycloak.awaitRealm(log);
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /** The production realm with the demo users and without email verification, as the local import file. */
    private static void writeLocalRealm(Path realmFile, Path devUsersFile, Path target) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(realmFile.toFile());
        realm.put("verifyEmail", false);
        realm.set("users", json.readTree(devUsersFile.toFile()).required("users"));
        json.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), realm);
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    private void awaitRealm(Path log) {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + "; see " + log);
            }
            if (realmAnswers(port)) {
                return;
            }
            pause(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException("Keycloak did not serve realm " + REALM + " within " + STARTUP_TIMEOUT
                + "; see " + log);
    }

    private static boolean realmAnswers(int port) {
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/realms/" + REALM + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
