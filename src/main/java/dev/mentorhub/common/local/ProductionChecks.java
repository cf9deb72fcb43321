package dev.mentorhub.common.local;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the app refuses to start with in production: the development defaults that make the run command work out of
 * the box. Plain Java over a settings lookup (property name to value), so the launcher (before Quarkus, over system
 * properties and environment variables) and the app (over its configuration) ask the same questions.
 *
 * <p>An explicit local trial ({@code MENTORHUB_KEYCLOAK_LOCAL=true}) is allowed what a local Keycloak needs: its
 * localhost URL, its development client secret, and links to localhost (such a trial is only reachable there).
 * {@code MENTORHUB_DB_EMBEDDED=true} alone permits the embedded database and nothing else: it may be a small real
 * installation.
 */
public final class ProductionChecks {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String OIDC_URL = "quarkus.oidc.auth-server-url";
    static final String CLIENT_SECRET = "quarkus.oidc.credentials.secret";
    static final String LINK_BASE_URL = "mentorhub.outbox.link-base-url";
    static final String DB_EMBEDDED = "mentorhub.db.embedded";
    static final String KEYCLOAK_LOCAL = "mentorhub.keycloak.local";

    private ProductionChecks() {
    }

    /** Checked by the launcher before it starts anything: embedded services only when asked for by name. */
    public static List<String> launcherRefusals(Function<String, Optional<String>> settings) {
        List<String> refusals = new ArrayList<>();
        if (settings.apply(JDBC_URL).isEmpty() && !isTrue(settings, DB_EMBEDDED)) {
            refusals.add("No database is configured: set " + env(JDBC_URL) + " (and QUARKUS_DATASOURCE_USERNAME, "
                    + "QUARKUS_DATASOURCE_PASSWORD) to your PostgreSQL, or " + env(DB_EMBEDDED) + "=true to run the "
                    + "embedded PostgreSQL on this machine (data in MENTORHUB_DB_DATA_DIR).");
        }
        if (settings.apply(OIDC_URL).isEmpty() && !isTrue(settings, KEYCLOAK_LOCAL)) {
            refusals.add("No Keycloak is configured: set " + env(OIDC_URL) + " to your realm, e.g. "
                    + "https://sso.example.org/realms/mentorhub, or " + env(KEYCLOAK_LOCAL) + "=true for a local "
                    + "trial with the development Keycloak (admin/admin, demo users).");
        }
        return refusals;
    }

    /** Checked by the app at start in the prod profile, over its whole configuration. */
    public static List<String> configRefusals(Function<String, Optional<String>> settings) {
        List<String> refusals = new ArrayList<>();
        if (isTrue(settings, KEYCLOAK_LOCAL)) {
            return refusals;
        }
        String secret = settings.apply(CLIENT_SECRET).map(String::trim).orElse("");
        if (secret.isEmpty() || secret.startsWith("${")) {
            refusals.add(env(CLIENT_SECRET) + " is not set: set it to the secret of the mentorhub-web client in "
                    + "your Keycloak (Quarkus also encrypts the session cookie with it).");
        } else if (secret.equals(LocalKeycloak.DEV_CLIENT_SECRET)) {
            refusals.add(env(CLIENT_SECRET) + " is the development secret, which is public: generate a new secret "
                    + "for the mentorhub-web client in your Keycloak and set it here.");
        }
        String keycloak = settings.apply(OIDC_URL).orElse("");
        if (!isRemote(keycloak)) {
            refusals.add(env(OIDC_URL) + " must be the public URL of your Keycloak realm, not '" + keycloak
                    + "' (or set " + env(KEYCLOAK_LOCAL) + "=true for a local trial).");
        }
        String links = settings.apply(LINK_BASE_URL).orElse("http://localhost:8080");
        if (!isRemote(links)) {
            refusals.add(env(LINK_BASE_URL) + " must be the address people use to reach MentorHub (links in mail "
                    + "point there), not '" + links + "'.");
        }
        return refusals;
    }

    /** The refusals as one message for the log. */
    public static String describe(List<String> refusals) {
        return "MentorHub refuses to start in production with development defaults:\n  - "
                + String.join("\n  - ", refusals);
    }

    private static boolean isTrue(Function<String, Optional<String>> settings, String name) {
        return settings.apply(name).map(v -> Boolean.parseBoolean(v.trim())).orElse(false);
    }

    /** An absolute URL whose host is not this machine. */
    static boolean isRemote(String url) {
        String host;
        try {
            URI uri = new URI(url.trim());
            host = uri.getScheme() == null ? null : uri.getHost();
        } catch (URISyntaxException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        return !(host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("[::1]") || host.equals("0.0.0.0") || host.equals("[::]"));
    }

    private static String env(String property) {
        return LocalSettings.toEnvName(property);
    }
}
