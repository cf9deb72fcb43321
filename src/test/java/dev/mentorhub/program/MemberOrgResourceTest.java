package dev.mentorhub.program;

import static dev.mentorhub.program.ProgramFixture.organization;
import static dev.mentorhub.program.ProgramFixture.program;
import static dev.mentorhub.program.ProgramFixture.user;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.mentorhub.program.ProgramFixture.User;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The org chart over the API: a member's department and manager, and the program's matching rules. */
@QuarkusTest
class MemberOrgResourceTest {

    @Inject
    ProgramFixture fixture;

    private static RequestSpecification as(User user) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON);
    }

    private static String org(UUID program, UUID member) {
        return "/api/v1/programs/" + program + "/members/" + member + "/org";
    }

    @Test
    void shouldSetDepartmentAndManagerWithAnAuditTrail() {
        User admin = user("Vera");
        UUID id = program(admin, organization(admin), Map.of());
        User member = user("Wim");
        fixture.inviteAndAccept(admin, id, member, "mentee");

        as(admin).body(Map.of("department", "  Search ", "managerEmail", " Boss@Example.com "))
                .put(org(id, member.id())).then().statusCode(200)
                .body("memberId", equalTo(member.id().toString()))
                .body("department", equalTo("Search")).body("managerEmail", equalTo("Boss@Example.com"));
        as(admin).get("/api/v1/programs/" + id + "/members").then().statusCode(200)
                .body("items[0].department", equalTo("Search"))
                .body("items[0].managerEmail", equalTo("Boss@Example.com"));
        as(admin).get("/api/v1/programs/" + id + "/audit").then().statusCode(200)
                .body("items[0].action", equalTo("member.org-changed"))
                .body("items[0].targetId", equalTo(member.id().toString()))
                .body("items[0].before.department", nullValue())
                .body("items[0].after.department", equalTo("Search"))
                .body("items[0].after.managerEmail", equalTo("Boss@Example.com"));

        Map<String, Object> blank = new HashMap<>();
        blank.put("department", " ");
        blank.put("managerEmail", null);
        as(admin).body(blank).put(org(id, member.id())).then().statusCode(200)
                .body("department", nullValue()).body("managerEmail", nullValue());
        as(admin).get("/api/v1/programs/" + id + "/audit").then().statusCode(200)
                .body("items[0].before.department", equalTo("Search"))
                .body("items[0].after.department", nullValue());
    }

    @Test
    void shouldRefuseBadValuesAtOnceAndWriteNothing() {
        User admin = user("Xaver");
        UUID id = program(admin, organization(admin), Map.of());
        User member = user("Yuki");
        fixture.inviteAndAccept(admin, id, member, "mentee");
        as(admin).body(Map.of("department", "Ads")).put(org(id, member.id())).then().statusCode(200);

        as(admin).body(Map.of("department", "d".repeat(201), "managerEmail", "not an email"))
                .put(org(id, member.id())).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("department", "managerEmail"));
        as(admin).body(Map.of("managerEmail", member.email().toUpperCase())).put(org(id, member.id()))
                .then().statusCode(400).body("errors[0].field", equalTo("managerEmail"))
                .body("errors[0].message", equalTo("is the member's own address: nobody manages themselves"));
        as(admin).get("/api/v1/programs/" + id + "/members").then().statusCode(200)
                .body("items[0].department", equalTo("Ads"));
        as(admin).get("/api/v1/programs/" + id + "/audit").then().statusCode(200)
                .body("items.findAll { it.action == 'member.org-changed' }.size()", equalTo(1));
    }

    @Test
    void shouldAnswer404ToOtherAdminsMembersAndUnknownMembers() {
        User admin = user("Zora");
        UUID id = program(admin, organization(admin), Map.of());
        User member = user("Anton");
        fixture.inviteAndAccept(admin, id, member, "mentee");
        User otherAdmin = user("Bea");
        UUID other = program(otherAdmin, organization(otherAdmin), Map.of());
        Map<String, String> body = Map.of("department", "Ops");

        as(otherAdmin).body(body).put(org(id, member.id())).then().statusCode(404)
                .body("detail", equalTo("No such program."));
        as(otherAdmin).body(body).put(org(other, member.id())).then().statusCode(404);
        as(member).body(body).put(org(id, member.id())).then().statusCode(404);
        as(admin).body(body).put(org(id, UUID.randomUUID())).then().statusCode(404);
        given().contentType(ContentType.JSON).body(body).put(org(id, member.id())).then().statusCode(401);
        as(admin).get("/api/v1/programs/" + id + "/members").then().statusCode(200)
                .body("items[0].department", nullValue());
    }

    @Test
    void shouldStoreTheMatchingRulesOfAProgram() {
        User admin = user("Cleo");
        UUID org = organization(admin);
        UUID id = program(admin, org, Map.of());
        as(admin).get("/api/v1/programs/" + id).then().statusCode(200)
                .body("excludeSameDepartment", equalTo(false)).body("excludeReportingLine", equalTo(false));

        UUID ruled = program(admin, org, Map.of("excludeSameDepartment", true, "excludeReportingLine", true));
        as(admin).get("/api/v1/programs/" + ruled).then().statusCode(200)
                .body("excludeSameDepartment", equalTo(true)).body("excludeReportingLine", equalTo(true));
        as(admin).body(Map.of("name", "Renamed " + ruled, "excludeReportingLine", true))
                .put("/api/v1/programs/" + ruled).then().statusCode(200)
                .body("excludeSameDepartment", equalTo(false)).body("excludeReportingLine", equalTo(true));
        as(admin).get("/api/v1/programs/" + ruled + "/audit").then().statusCode(200)
                .body("items[0].before.excludeSameDepartment", equalTo(true))
                .body("items[0].after.excludeSameDepartment", equalTo(false));
    }
}
