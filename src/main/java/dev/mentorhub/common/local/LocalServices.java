package dev.mentorhub.common.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Brings up the embedded defaults for the run command: PostgreSQL on a persistent data directory and a local
 * Keycloak with the MentorHub realm. Each is skipped when the matching external setting is present, so production
 * (which sets {@code QUARKUS_DATASOURCE_JDBC_URL} and {@code QUARKUS_OIDC_AUTH_SERVER_URL}) starts nothing embedded.
 * The packaged app in production starts them only when asked by name ({@code MENTORHUB_DB_EMBEDDED=true},
 * {@code MENTORHUB_KEYCLOAK_LOCAL=true}), and otherwise refuses to start ({@link ProductionChecks}).
 *
 * <p>In dev mode Quarkus calls {@code main} again after a hot restart, in a new class loader; the services are still
 * running then, so what they publish (as system properties, which outlive class loaders) is reused.
 */
public final class LocalServices {

    static final String JDBC_URL = ProductionChecks.JDBC_URL;
    static final String OIDC_URL = ProductionChecks.OIDC_URL;
    private static final String STARTED_MARKER = "dev.mentorhub.local-services-started";
    /** The class loader of the packaged app ({@code java -jar quarkus-run.jar}); dev mode uses another one. */
    private static final String PACKAGED_APP_CLASS_LOADER = "io.quarkus.bootstrap.runner.RunnerClassLoader";

    private LocalServices() {
    }

    /** Thrown before anything starts when production would start on development defaults. */
    public static final class RefusedException extends RuntimeException {
        RefusedException(List<String> refusals) {
            super(ProductionChecks.describe(refusals));
        }
    }

    public static synchronized void startUnlessExternal() {
        if (System.getProperty(STARTED_MARKER) != null) {
            return;
        }
        if (isPackagedProduction()) {
            List<String> refusals = ProductionChecks.launcherRefusals(LocalSettings::find);
            if (!refusals.isEmpty()) {
                throw new RefusedException(refusals);
            }
        }
        startDatabaseUnlessExternal();
        startKeycloakUnlessExternal();
        System.setProperty(STARTED_MARKER, "true");
    }

    /**
     * The packaged app in the prod profile. Before Quarkus boots there is no launch mode to ask yet, but the packaged
     * app is the only one loaded by Quarkus's runner class loader (dev mode and tests never are), and its profile is
     * {@code prod} unless {@code QUARKUS_PROFILE} says otherwise.
     */
    private static boolean isPackagedProduction() {
        boolean packaged = LocalServices.class.getClassLoader().getClass().getName().equals(PACKAGED_APP_CLASS_LOADER);
        return packaged && Arrays.asList(LocalSettings.get("quarkus.profile", "prod").split(",")).contains("prod");
    }

    private static void startDatabaseUnlessExternal() {
        if (LocalSettings.find(JDBC_URL).isPresent() || !LocalSettings.flag(ProductionChecks.DB_EMBEDDED, true)) {
            System.out.println("[mentorhub] Using the external database at " + LocalSettings.find(JDBC_URL).orElse("(configured)"));
            return;
        }
        Path dataDir = Path.of(LocalSettings.get("mentorhub.db.data-dir", "data/postgres")).toAbsolutePath();
        int port = Integer.parseInt(LocalSettings.get("mentorhub.db.port", "54329"));
        System.out.println("[mentorhub] Starting the embedded PostgreSQL on port " + port + " with data in " + dataDir);
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, port, EmbeddedDatabase.Durability.DURABLE);
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
        System.setProperty(JDBC_URL, "jdbc:postgresql://localhost:" + database.port() + "/" + EmbeddedDatabase.DATABASE);
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
    }

    private static void startKeycloakUnlessExternal() {
        if (LocalSettings.find(OIDC_URL).isPresent() || !LocalSettings.flag(ProductionChecks.KEYCLOAK_LOCAL, true)) {
            System.out.println("[mentorhub] Using the external Keycloak at " + LocalSettings.find(OIDC_URL).orElse("(configured)"));
            return;
        }
        int port = Integer.parseInt(LocalSettings.get("mentorhub.keycloak.port", "8180"));
        if (LocalKeycloak.isServing(port)) {
            System.out.println("[mentorhub] Reusing the Keycloak already serving realm " + LocalKeycloak.REALM + " on port " + port);
        } else {
            Path home = Path.of(LocalSettings.get("mentorhub.keycloak.dist", "target/keycloak/keycloak-26.5.6"));
            Path realm = Path.of(LocalSettings.get("mentorhub.keycloak.realm-file", "deploy/keycloak/mentorhub-realm.json"));
            Path users = Path.of(LocalSettings.get("mentorhub.keycloak.dev-users-file",
                    "deploy/keycloak/dev/mentorhub-users.json"));
            String app = "http://localhost:" + LocalSettings.get("quarkus.http.port", "8080");
            System.out.println("[mentorhub] Starting the local Keycloak on port " + port + " (about 30 s the first time)...");
            LocalKeycloak keycloak = LocalKeycloak.start(home, realm, users, app, port, false);
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "keycloak-stop"));
        }
        System.setProperty(OIDC_URL, "http://localhost:" + port + "/realms/" + LocalKeycloak.REALM);
        // The local realm's web client has the development secret (production refuses it without this trial).
        System.setProperty("quarkus.oidc.credentials.secret", LocalKeycloak.DEV_CLIENT_SECRET);
        System.out.println("""
                [mentorhub] Keycloak is ready: admin console http://localhost:%d/admin (admin / admin)
                [mentorhub] Open http://localhost:8080 and sign in as a demo user, e.g. alice / alice (see README)"""
                .formatted(port));
    }
}
