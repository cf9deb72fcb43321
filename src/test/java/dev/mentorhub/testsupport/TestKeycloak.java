package dev.mentorhub.testsupport;

import static io.restassured.RestAssured.given;

import dev.mentorhub.common.local.LocalKeycloak;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the real Keycloak once per JVM, in memory, with deploy/keycloak/mentorhub-realm.json (plus the demo users of
 * deploy/keycloak/dev, without email verification, as the run command's Keycloak), and adds the clients
 * only tests need (through the admin API, so the shipped realm stays free of them):
 * <ul>
 * <li>{@value #CLI_CLIENT}: password grant, tokens carry the mentorhub-api audience;</li>
 * <li>{@value #OTHER_AUDIENCE_CLIENT}: password grant, tokens for another audience;</li>
 * <li>{@value #SHORT_LIVED_CLIENT}: like the CLI client, but its access tokens expire after {@value #SHORT_LIFESPAN_SECONDS} s.</li>
 * </ul>
 */
public final class TestKeycloak {

    public static final String CLI_CLIENT = "mentorhub-test-cli";
    public static final String OTHER_AUDIENCE_CLIENT = "other-app";
    public static final String SHORT_LIVED_CLIENT = "mentorhub-test-short";
    public static final int SHORT_LIFESPAN_SECONDS = 2;

    private static LocalKeycloak keycloak;

    private TestKeycloak() {
    }

    public static synchronized LocalKeycloak get() {
        if (keycloak == null) {
            Path home = Path.of(System.getProperty("mentorhub.keycloak.dist", "target/keycloak/keycloak-26.5.6"));
            keycloak = startOnFreePort(home);
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "test-keycloak-stop"));
            String admin = adminToken();
            allowRapidLogins(admin);
            allowSecondTestPort(admin);
            createClient(admin, CLI_CLIENT, true, Map.of());
            createClient(admin, OTHER_AUDIENCE_CLIENT, false, Map.of());
            createClient(admin, SHORT_LIVED_CLIENT, true,
                    Map.of("access.token.lifespan", String.valueOf(SHORT_LIFESPAN_SECONDS)));
        }
        return keycloak;
    }

    /** A "free" port can be taken by someone else before Keycloak binds it; then try another. */
    private static LocalKeycloak startOnFreePort(Path home) {
        IllegalStateException failure = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return LocalKeycloak.start(home, Path.of("deploy/keycloak/mentorhub-realm.json"),
                        Path.of("deploy/keycloak/dev/mentorhub-users.json"), "http://localhost:8081", freePort(), true);
            } catch (IllegalStateException e) {
                failure = e;
            }
        }
        throw failure;
    }

    /** A real access token from the password grant of one of the test clients. */
    public static String accessToken(String clientId, String username, String password) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", password)
                .formParam("scope", "openid profile email")
                .post(get().realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** A member's token as the API expects it: demo users' passwords equal their usernames. */
    public static String accessToken(String username) {
        return accessToken(CLI_CLIENT, username, username);
    }

    /** A new account in the realm (password = username), to start from a person MentorHub has never seen. */
    public static String createUser(String username, String firstName, String lastName) {
        return createUser(username, firstName, lastName, username + "@test.mentorhub.dev");
    }

    /** A new account with a chosen email address that Keycloak has verified (password = username). */
    public static String createUser(String username, String firstName, String lastName, String email) {
        return createUser(username, firstName, lastName, email, true);
    }

    /**
     * A new account whose email address nobody has verified (password = username), as self-registration without
     * email verification, or an administrator typing an address, would make it.
     */
    public static String createUnverifiedUser(String username, String firstName, String lastName, String email) {
        return createUser(username, firstName, lastName, email, false);
    }

    private static String createUser(String username, String firstName, String lastName, String email,
            boolean emailVerified) {
        Map<String, Object> user = Map.of(
                "username", username, "enabled", true, "emailVerified", emailVerified,
                "firstName", firstName, "lastName", lastName, "email", email,
                "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false)));
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON).body(user)
                .post(get().baseUrl() + "/admin/realms/" + LocalKeycloak.REALM + "/users")
                .then().statusCode(201);
        return username;
    }

    /**
     * Many new accounts at once (password = username, email verified), in one partial import: for tests that need
     * hundreds of real people, such as a crowd racing for seats. Returns the usernames, {@code prefix-0} onwards.
     */
    public static List<String> createUsers(String prefix, int count) {
        List<String> names = new ArrayList<>();
        List<Map<String, Object>> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = prefix + "-" + i;
            names.add(username);
            users.add(Map.of("username", username, "enabled", true, "emailVerified", true, "firstName", "Crowd",
                    "lastName", "Member " + i, "email", username + "@test.mentorhub.dev",
                    "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false))));
        }
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("ifResourceExists", "FAIL", "users", users))
                .post(get().baseUrl() + "/admin/realms/" + LocalKeycloak.REALM + "/partialImport")
                .then().statusCode(200);
        return names;
    }

    /**
     * Changes an account the way an administrator does in the Keycloak console ({@code email}, {@code emailVerified},
     * {@code firstName}, ...); tokens issued afterwards carry the new values.
     */
    public static void updateUser(String username, Map<String, Object> changes) {
        String admin = adminToken();
        String users = get().baseUrl() + "/admin/realms/" + LocalKeycloak.REALM + "/users";
        String userId = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .get(users).then().statusCode(200).extract().path("[0].id");
        Map<String, Object> user = new HashMap<>(given().auth().oauth2(admin).get(users + "/" + userId)
                .then().statusCode(200).extract().as(Map.class));
        user.putAll(changes);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(user).put(users + "/" + userId)
                .then().statusCode(204);
    }

    private static String adminToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", LocalKeycloak.ADMIN_USER)
                .formParam("password", LocalKeycloak.ADMIN_PASSWORD)
                .post(get().baseUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /**
     * Tests sign the same demo users in many times a second; Keycloak's brute-force detection then locks them
     * ("user_temporarily_disabled") now and then. The shipped realm keeps it on; the test realm turns it off.
     * Passwords there are hashed once, not the default hundreds of thousands of times.
     */
    private static void allowRapidLogins(String adminToken) {
        // One cheap hash iteration: tests create and sign in hundreds of accounts; the shipped realm keeps the default.
        given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(Map.of("bruteForceProtected", false,
                        "passwordPolicy", "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)"))
                .put(keycloak.baseUrl() + "/admin/realms/" + LocalKeycloak.REALM)
                .then().statusCode(204);
    }

    /**
     * The test realm lets the web client return to port 8081 (its public URL); two test runs side by side on one
     * machine (the second on {@code QUARKUS_HTTP_TEST_PORT=8082}) need 8082 as well, only in the test realm.
     */
    private static void allowSecondTestPort(String adminToken) {
        String clients = keycloak.baseUrl() + "/admin/realms/" + LocalKeycloak.REALM + "/clients";
        String id = given().auth().oauth2(adminToken).queryParam("clientId", "mentorhub-web")
                .get(clients).then().statusCode(200).extract().path("[0].id");
        Map<String, Object> client = given().auth().oauth2(adminToken).get(clients + "/" + id)
                .then().statusCode(200).extract().as(Map.class);
        List<Object> uris = new ArrayList<>((List<?>) client.get("redirectUris"));
        uris.add("http://localhost:8082/*");
        client.put("redirectUris", uris);
        given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(client)
                .put(clients + "/" + id).then().statusCode(204);
    }

    /** The same groups claim the realm's mentorhub-web client maps (program eligibility by Keycloak group). */
    private static final Map<String, Object> GROUPS_MAPPER = Map.of(
            "name", "groups",
            "protocol", "openid-connect",
            "protocolMapper", "oidc-group-membership-mapper",
            "config", Map.of("claim.name", "groups", "full.path", "false", "access.token.claim", "true",
                    "id.token.claim", "true"));

    /** Puts a user into a realm group (created when missing); tokens issued afterwards carry it. */
    public static void addToGroup(String username, String group) {
        String admin = adminToken();
        String realm = get().baseUrl() + "/admin/realms/" + LocalKeycloak.REALM;
        List<String> ids = given().auth().oauth2(admin).queryParam("search", group).queryParam("exact", true)
                .get(realm + "/groups").then().statusCode(200).extract().path("id");
        if (ids.isEmpty()) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", group))
                    .post(realm + "/groups").then().statusCode(201);
            ids = given().auth().oauth2(admin).queryParam("search", group).queryParam("exact", true)
                    .get(realm + "/groups").then().statusCode(200).extract().path("id");
        }
        String userId = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .get(realm + "/users").then().statusCode(200).extract().path("[0].id");
        given().auth().oauth2(admin).put(realm + "/users/" + userId + "/groups/" + ids.get(0))
                .then().statusCode(204);
    }

    /** Grants a user a realm role (member, organizer, program-admin, ...); tokens issued afterwards carry it. */
    public static void grantRealmRole(String username, String role) {
        String admin = adminToken();
        String realm = get().baseUrl() + "/admin/realms/" + LocalKeycloak.REALM;
        Map<String, Object> representation = given().auth().oauth2(admin).get(realm + "/roles/" + role)
                .then().statusCode(200).extract().as(Map.class);
        String userId = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .get(realm + "/users").then().statusCode(200).extract().path("[0].id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(representation))
                .post(realm + "/users/" + userId + "/role-mappings/realm").then().statusCode(204);
    }

    private static void createClient(String adminToken, String clientId, boolean apiAudience, Map<String, String> attributes) {
        Map<String, Object> audienceMapper = Map.of(
                "name", "mentorhub-api-audience",
                "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.custom.audience", "mentorhub-api", "access.token.claim", "true",
                        "id.token.claim", "false"));
        Map<String, Object> client = Map.of(
                "clientId", clientId,
                "enabled", true,
                "publicClient", true,
                "standardFlowEnabled", false,
                "directAccessGrantsEnabled", true,
                "attributes", attributes,
                "protocolMappers", apiAudience ? List.of(audienceMapper, GROUPS_MAPPER) : List.of());
        given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(client)
                .post(keycloak.baseUrl() + "/admin/realms/" + LocalKeycloak.REALM + "/clients")
                .then().statusCode(201);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
