package dev.mentorhub.program;

import static dev.mentorhub.program.ProgramFixture.organization;
import static dev.mentorhub.program.ProgramFixture.platformAdmin;
import static dev.mentorhub.program.ProgramFixture.program;
import static dev.mentorhub.program.ProgramFixture.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.mentorhub.program.ProgramFixture.User;
import dev.mentorhub.testsupport.TestData;
import dev.mentorhub.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Organizations, programs, membership, invitations and the audit log over the API, with real Keycloak tokens. */
@QuarkusTest
class ProgramResourceTest {

    @Inject
    ProgramFixture fixture;

    @Inject
    EntityManager em;

    private static RequestSpecification as(User user) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON);
    }

    @Test
    void shouldLetOnlyPlatformAdminsCreateOrganizationsAndAppointAdmins() {
        User member = user("Nora");
        as(member).body(Map.of("name", TestData.unique("Org"))).post("/api/v1/organizations")
                .then().statusCode(403).contentType("application/problem+json");
        User ada = platformAdmin();
        String name = TestData.unique("Org");
        String id = as(ada).body(Map.of("name", name)).post("/api/v1/organizations").then().statusCode(201)
                .body("name", equalTo(name)).extract().path("id");
        as(ada).body(Map.of("name", name.toUpperCase())).post("/api/v1/organizations")
                .then().statusCode(409).body("type", containsString("duplicate-name"));
        as(ada).body(Map.of("name", " ")).post("/api/v1/organizations")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));

        as(member).get("/api/v1/organizations/" + id).then().statusCode(404);
        as(ada).body(Map.of("email", member.email().toUpperCase())).post("/api/v1/organizations/" + id + "/admins")
                .then().statusCode(200).body("admins.id", hasItem(member.id().toString()));
        as(member).get("/api/v1/organizations").then().statusCode(200).body("id", hasItem(id));
        as(member).body(Map.of("memberId", member.id())).post("/api/v1/organizations/" + id + "/admins")
                .then().statusCode(403);
        as(ada).body(Map.of("memberId", UUID.randomUUID())).post("/api/v1/organizations/" + id + "/admins")
                .then().statusCode(404);

        as(ada).delete("/api/v1/organizations/" + id + "/admins/" + member.id()).then().statusCode(204);
        as(member).get("/api/v1/organizations/" + id).then().statusCode(404);
    }

    @Test
    void shouldCreateValidateAndUpdateProgramsWithAnAuditTrail() {
        User admin = user("Omar");
        UUID org = organization(admin);

        as(admin).body(Map.of("name", "", "audience", "secret", "eligibility", "email-domain",
                "eligibilityValue", "not a domain", "relationshipMonths", 99, "weights", Map.of("skill", -1),
                "questions", List.of(Map.of("id", "Bad Id", "text", "Team?", "kind", "single-choice",
                        "options", List.of("a")))))
                .post("/api/v1/organizations/" + org + "/programs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "audience", "eligibilityValue", "weights",
                        "questions[0].id", "questions[0].options", "relationshipMonths"));

        UUID id = program(admin, org, Map.of("matchingMode", "hybrid", "questions", List.of(Map.of("id", "team",
                "text", "Which team?", "kind", "single-choice", "options", List.of("Data", "Web"),
                "feedsMatching", true))));
        as(admin).get("/api/v1/programs/" + id).then().statusCode(200)
                .body("matchingMode", equalTo("hybrid")).body("audience", equalTo("restricted"))
                .body("weights.skill", equalTo(0.40f)).body("questions[0].options[1]", equalTo("Web"))
                .body("joinCode", notNullValue()).body("admin", equalTo(true));

        Map<String, Object> change = Map.of("name", "Renamed " + id, "audience", "open",
                "eligibility", "email-domain", "eligibilityValue", "@Example.COM",
                "weights", Map.of("skill", 1, "stage", 0, "goals", 0, "availability", 1, "formatLocation", 0,
                        "load", 0));
        as(admin).body(change).put("/api/v1/programs/" + id).then().statusCode(200)
                .body("eligibilityValue", equalTo("example.com")).body("weights.skill", equalTo(1.0f));

        as(admin).get("/api/v1/programs/" + id + "/audit").then().statusCode(200)
                .body("items[0].action", equalTo("program.updated"))
                .body("items[0].before.audience", equalTo("RESTRICTED"))
                .body("items[0].after.audience", equalTo("OPEN"))
                .body("items[0].actorId", equalTo(admin.id().toString()))
                .body("items[1].action", equalTo("program.created"));
        User stranger = user("Pia");
        as(stranger).get("/api/v1/programs/" + id + "/audit").then().statusCode(404);
        as(stranger).get("/api/v1/programs/" + id).then().statusCode(200)
                .body("joinCode", nullValue()).body("eligibilityValue", nullValue()).body("admin", equalTo(false));
        as(admin).get("/api/v1/audit").then().statusCode(403);
        as(platformAdmin()).get("/api/v1/audit?organizationId=" + org).then().statusCode(200)
                .body("items.action", hasItem("program.updated"));
    }

    @Test
    void shouldInviteByMailAndAdmitOnlyTheInvitedAddress() {
        User admin = user("Quentin");
        UUID id = program(admin, organization(admin), Map.of());
        User invitee = user("Rita");
        User other = user("Sven");

        as(other).get("/api/v1/programs/" + id).then().statusCode(404);
        as(admin).body(Map.of("emails", List.of(invitee.email(), "not-an-email"))).post("/api/v1/programs/" + id
                + "/invitations").then().statusCode(400).body("errors[0].field", equalTo("emails[1]"));
        as(admin).body(Map.of("emails", List.of(invitee.email(), invitee.email().toUpperCase()), "role", "mentee"))
                .post("/api/v1/programs/" + id + "/invitations").then().statusCode(200)
                .body("invited", equalTo(List.of(invitee.email())))
                .body("alreadyInvited", equalTo(List.of(invitee.email().toUpperCase())));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_message where recipient_email = ?1 and subject like '%invited%'")
                .setParameter(1, invitee.email()).getSingleResult()).intValue())).isEqualTo(1);

        String token = fixture.invitationToken(id, invitee.email());
        as(other).post("/api/v1/invitations/" + token + "/accept").then().statusCode(404);
        as(other).post("/api/v1/invitations/nonsense/accept").then().statusCode(404);
        as(invitee).post("/api/v1/invitations/" + token + "/accept").then().statusCode(200)
                .body("role", equalTo("mentee")).body("source", equalTo("invite"));
        as(invitee).get("/api/v1/programs/" + id).then().statusCode(200).body("myRole", equalTo("mentee"));
        as(admin).get("/api/v1/programs/" + id + "/invitations").then().statusCode(200)
                .body("items[0].acceptedAt", notNullValue()).body(not(containsString(token)));

        as(admin).get("/api/v1/programs/" + id + "/members?q=" + invitee.username().substring(0, 8))
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].displayName", containsString("Rita"));
        as(admin).body(Map.of("role", "both")).put("/api/v1/programs/" + id + "/members/" + invitee.id())
                .then().statusCode(200).body("role", equalTo("both"));
        as(invitee).body(Map.of("role", "mentor")).put("/api/v1/programs/" + id + "/members/" + invitee.id())
                .then().statusCode(404);

        as(invitee).post("/api/v1/programs/" + id + "/leave").then().statusCode(204);
        as(invitee).get("/api/v1/programs/" + id).then().statusCode(404);
        as(invitee).post("/api/v1/programs/" + id + "/leave").then().statusCode(404);
        as(admin).get("/api/v1/programs/" + id + "/members").then().statusCode(200).body("total", equalTo(0));
        as(admin).get("/api/v1/programs/" + id + "/audit").then().statusCode(200)
                .body("items.action", hasItem("member.role-changed"));
    }

    @Test
    void shouldCheckEligibilityAndTheEnrolmentWindowWhenJoiningByLink() {
        User admin = user("Tara");
        UUID org = organization(admin);
        UUID domainProgram = program(admin, org, Map.of("eligibility", "email-domain",
                "eligibilityValue", "test.mentorhub.dev"));
        UUID otherDomain = program(admin, org, Map.of("eligibility", "email-domain", "eligibilityValue", "acme.dev"));
        UUID closed = program(admin, org, Map.of("enrolmentClosesOn", LocalDate.now().minusDays(1).toString()));
        User joiner = user("Uma");

        ProgramFixture.joinByLink(admin, domainProgram, joiner, "mentor");
        as(joiner).get("/api/v1/programs/mine").then().statusCode(200)
                .body("find { it.programId == '" + domainProgram + "' }.role", equalTo("mentor"));
        as(joiner).body(Map.of("code", code(admin, otherDomain))).post("/api/v1/programs/join")
                .then().statusCode(403).body("type", containsString("not-eligible"));
        as(joiner).body(Map.of("code", code(admin, closed))).post("/api/v1/programs/join")
                .then().statusCode(409).body("type", containsString("enrolment-closed"));
        as(joiner).body(Map.of("code", "nope")).post("/api/v1/programs/join").then().statusCode(404);

        String old = code(admin, domainProgram);
        as(admin).post("/api/v1/programs/" + domainProgram + "/join-code").then().statusCode(200)
                .body("joinCode", not(equalTo(old)));
        as(user("Vic")).body(Map.of("code", old)).post("/api/v1/programs/join").then().statusCode(404);
    }

    @Test
    void shouldOnlyLetOpenProgramsBeJoinedWithoutALink() {
        User admin = user("Wes");
        UUID org = organization(admin);
        UUID open = program(admin, org, Map.of("audience", "open", "eligibility", "email-domain",
                "eligibilityValue", "test.mentorhub.dev"));
        UUID inviteOnly = program(admin, org, Map.of("audience", "open"));
        User joiner = user("Xia");

        as(joiner).get("/api/v1/programs").then().statusCode(200).body("id", hasItem(open.toString()));
        as(joiner).body(Map.of("role", "both")).post("/api/v1/programs/" + open + "/join").then().statusCode(200)
                .body("source", equalTo("self"));
        as(joiner).post("/api/v1/programs/" + inviteOnly + "/join").then().statusCode(403);
        as(joiner).body(Map.of("role", "boss")).post("/api/v1/programs/" + open + "/join").then().statusCode(400)
                .body("errors[0].field", equalTo("role"));
    }

    @Test
    void shouldAdmitOnlyMembersOfTheKeycloakGroup() {
        User admin = user("Yves");
        UUID program = program(admin, organization(admin), Map.of("audience", "open", "eligibility", "keycloak-group",
                "eligibilityValue", "acme-engineering"));
        User outsider = user("Zoe");
        as(outsider).post("/api/v1/programs/" + program + "/join").then().statusCode(403)
                .body("detail", containsString("acme-engineering"));

        String username = TestData.unique("pg-grouped");
        TestKeycloak.createUser(username, "Grace", "Test");
        TestKeycloak.addToGroup(username, "acme-engineering");
        String token = TestKeycloak.accessToken(username);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/programs/" + program + "/join")
                .then().statusCode(200).body("source", equalTo("self"));
    }

    private static String code(User admin, UUID program) {
        return as(admin).get("/api/v1/programs/" + program).then().statusCode(200).extract().path("joinCode");
    }
}
