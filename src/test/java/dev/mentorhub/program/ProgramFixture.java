package dev.mentorhub.program;

import static dev.mentorhub.testsupport.TestKeycloak.CLI_CLIENT;
import static dev.mentorhub.testsupport.TestKeycloak.accessToken;
import static dev.mentorhub.testsupport.TestKeycloak.createUser;
import static io.restassured.RestAssured.given;

import dev.mentorhub.program.invitation.InvitationTokens;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds program worlds over the real API with real Keycloak tokens: people, organizations with admins, programs,
 * members. Each call uses unique names, so tests never see each other's data.
 */
@ApplicationScoped
public class ProgramFixture {

    private final InvitationTokens tokens;

    ProgramFixture(InvitationTokens tokens) {
        this.tokens = tokens;
    }

    /** Someone signed in once through the API: their token, member id and email. */
    public record User(String username, String token, UUID id, String email) {
    }

    public static User user(String name) {
        String username = TestData.unique("pg-" + name.toLowerCase());
        return signIn(createUser(username, name, "Test"), username + "@test.mentorhub.dev");
    }

    public static User userWithEmail(String name, String email) {
        return signIn(createUser(TestData.unique("pg-" + name.toLowerCase()), name, "Test", email), email);
    }

    /** The realm's platform admin (ada). */
    public static User platformAdmin() {
        return signIn("ada", "ada@demo.mentorhub.dev");
    }

    private static User signIn(String username, String email) {
        String token = accessToken(CLI_CLIENT, username, username);
        String id = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).extract().path("id");
        return new User(username, token, UUID.fromString(id), email);
    }

    /** A new organization with {@code admin} appointed, created by the platform admin. */
    public static UUID organization(User admin) {
        User ada = platformAdmin();
        String id = given().auth().oauth2(ada.token()).contentType(ContentType.JSON)
                .body(Map.of("name", TestData.unique("Org"))).post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(ada.token()).contentType(ContentType.JSON).body(Map.of("memberId", admin.id()))
                .post("/api/v1/organizations/" + id + "/admins").then().statusCode(200);
        return UUID.fromString(id);
    }

    /** A restricted, invite-only program unless {@code overrides} say otherwise. */
    public static UUID program(User admin, UUID organizationId, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("name", TestData.unique("Program"),
                "description", "A test program", "audience", "restricted", "eligibility", "invite-only"));
        body.putAll(overrides);
        String id = given().auth().oauth2(admin.token()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/organizations/" + organizationId + "/programs")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Joins {@code member} to the program through its join link (as read by an admin). */
    public static void joinByLink(User admin, UUID programId, User member, String role) {
        String code = given().auth().oauth2(admin.token()).get("/api/v1/programs/" + programId)
                .then().statusCode(200).extract().path("joinCode");
        given().auth().oauth2(member.token()).contentType(ContentType.JSON).body(Map.of("code", code, "role", role))
                .post("/api/v1/programs/join").then().statusCode(200);
    }

    /** Invites {@code member} by email and accepts with the token from the database (as if from the mail). */
    public void inviteAndAccept(User admin, UUID programId, User member, String role) {
        given().auth().oauth2(admin.token()).contentType(ContentType.JSON)
                .body(Map.of("emails", List.of(member.email()), "role", role))
                .post("/api/v1/programs/" + programId + "/invitations").then().statusCode(200);
        given().auth().oauth2(member.token()).contentType(ContentType.JSON)
                .post("/api/v1/invitations/" + invitationToken(programId, member.email()) + "/accept")
                .then().statusCode(200);
    }

    public String invitationToken(UUID programId, String email) {
        return QuarkusTransaction.requiringNew().call(() -> tokens.of(programId, email));
    }
}
