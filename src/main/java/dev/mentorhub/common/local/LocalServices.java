package dev.mentorhub.common.local;

import java.nio.file.Path;

/**
 * Brings up the embedded defaults for the run command: PostgreSQL on a persistent data directory and a local
 * Keycloak with the MentorHub realm. Each is skipped when the matching external setting is present, so production
 * (which sets {@code QUARKUS_DATASOURCE_JDBC_URL} and {@code QUARKUS_OIDC_AUTH_SERVER_URL}) starts nothing embedded.
 *
 * <p>In dev mode Quarkus calls {@code main} again after a hot restart, in a new class loader; the services are still
 * running then, so what they publish (as system properties, which outlive class loaders) is reused.
 */
public final class LocalServices {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String OIDC_URL = "quarkus.oidc.auth-server-url";
    private static final String STARTED_MARKER = "dev.mentorhub.local-services-started";

    private LocalServices() {
    }

    public static synchronized void startUnlessExternal() {
        if (System.getProperty(STARTED_MARKER) != null) {
            return;
        }
        startDatabaseUnlessExternal();
        startKeycloakUnlessExternal();
        System.setProperty(STARTED_MARKER, "true");
    }

    private static void startDatabaseUnlessExternal() {
        if (LocalSettings.find(JDBC_URL).isPresent() || !LocalSettings.flag("mentorhub.db.embedded", true)) {
            System.out.println("[mentorhub] Using the external database at " + LocalSettings.find(JDBC_URL).orElse("(configured)"));
            return;
        }
        Path dataDir = Path.of(LocalSettings.get("mentorhub.db.data-dir", "data/postgres")).toAbsolutePath();
        int port = Integer.parseInt(LocalSettings.get("mentorhub.db.port", "54329"));
        System.out.println("[mentorhub] Starting the embedded PostgreSQL on port " + port + " with data in " + dataDir);
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, port);
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
        System.setProperty(JDBC_URL, "jdbc:postgresql://localhost:" + database.port() + "/" + EmbeddedDatabase.DATABASE);
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
    }

    private static void startKeycloakUnlessExternal() {
        if (LocalSettings.find(OIDC_URL).isPresent() || !LocalSettings.flag("mentorhub.keycloak.local", true)) {
            System.out.println("[mentorhub] Using the external Keycloak at " + LocalSettings.find(OIDC_URL).orElse("(configured)"));
            return;
        }
        int port = Integer.parseInt(LocalSettings.get("mentorhub.keycloak.port", "8180"));
        if (LocalKeycloak.isServing(port)) {
            System.out.println("[mentorhub] Reusing the Keycloak already serving realm " + LocalKeycloak.REALM + " on port " + port);
        } else {
            Path home = Path.of(LocalSettings.get("mentorhub.keycloak.dist", "target/keycloak/keycloak-26.5.6"));
            Path realm = Path.of(LocalSettings.get("mentorhub.keycloak.realm-file", "deploy/keycloak/mentorhub-realm.json"));
            System.out.println("[mentorhub] Starting the local Keycloak on port " + port + " (about 30 s the first time)...");
            LocalKeycloak keycloak = LocalKeycloak.start(home, realm, port, false);
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "keycloak-stop"));
        }
        System.setProperty(OIDC_URL, "http://localhost:" + port + "/realms/" + LocalKeycloak.REALM);
        System.out.println("""
                [mentorhub] Keycloak is ready: admin console http://localhost:%d/admin (admin / admin)
                [mentorhub] Open http://localhost:8080 and sign in as a demo user, e.g. alice / alice (see README)"""
                .formatted(port));
    }
}
