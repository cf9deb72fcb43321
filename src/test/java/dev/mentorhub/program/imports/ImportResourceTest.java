package dev.mentorhub.program.imports;

import static dev.mentorhub.program.ProgramFixture.organization;
import static dev.mentorhub.program.ProgramFixture.program;
import static dev.mentorhub.program.ProgramFixture.user;
import static dev.mentorhub.program.ProgramFixture.userWithEmail;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.mentorhub.program.ProgramFixture.User;
import dev.mentorhub.program.ProgramFixture;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.OversizedBodies;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The CSV import API: dry run, all-or-nothing import, what accepting an imported invitation does, and who may. */
@QuarkusTest
class ImportResourceTest {

    private static final String HEADER = "email,name,role,teach_skills,learn_skills,department\r\n";

    @Inject
    ProgramFixture fixture;

    @Inject
    TestData testData;

    @Inject
    EntityManager em;

    private static RequestSpecification upload(User user, String csv) {
        return given().auth().oauth2(user.token()).contentType("text/csv; charset=UTF-8").body(csv);
    }

    private static String path(UUID program, boolean dryRun) {
        return "/api/v1/programs/" + program + "/imports?dryRun=" + dryRun;
    }

    /** {@code count} people with addresses under a unique domain; row {@code badRow} of the file (header = 1) broken. */
    private static String people(String domain, int count, int badRow) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= count; i++) {
            String email = (i + 1 == badRow ? "person" + i + "-at-" : "person" + i + "@") + domain;
            csv.append(email).append(",\"Person ").append(i).append(", Test\",")
                    .append(i % 3 == 0 ? "mentor" : i % 3 == 1 ? "mentee" : "both")
                    .append(",pytorch;transformers,reading-papers,Team ").append(i % 7).append("\r\n");
        }
        return csv.toString();
    }

    @Test
    void shouldReportTheBadRowInTheMiddleImportNothingThenImportAllOnceFixed() {
        User admin = user("Ilse");
        UUID id = program(admin, organization(admin), Map.of());
        String domain = TestData.unique("bulk").toLowerCase() + ".example.com";
        String broken = people(domain, 500, 251);
        long audits = audits(id);

        JsonPath report = upload(admin, broken).post(path(id, true)).then().statusCode(200)
                .body("totalRows", equalTo(500)).body("validRows", equalTo(499)).body("imported", equalTo(false))
                .body("problems", hasSize(1)).extract().jsonPath();
        assertThat(report.getInt("problems[0].row")).isEqualTo(251);
        assertThat(report.getString("problems[0].field")).isEqualTo("email");
        assertThat(report.getString("problems[0].code")).isEqualTo("bad-email");
        assertThat(report.getString("problems[0].value")).isEqualTo("person250-at-" + domain);
        assertNothingWritten(id, domain, audits);

        upload(admin, broken).post(path(id, false)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("import-rejected"))
                .body("detail", equalTo("1 of 500 rows have problems; nothing was imported."))
                .body("errors.field", contains("rows[251].email"))
                .body("errors[0].message", containsString("not an email address"));
        assertNothingWritten(id, domain, audits);

        upload(admin, people(domain, 500, -1)).post(path(id, false)).then().statusCode(200)
                .body("imported", equalTo(true)).body("invited", equalTo(500)).body("problems", hasSize(0));
        assertThat(count("select count(*) from program_invitation where program_id = ?1 and source = 'IMPORT'", id))
                .isEqualTo(500);
        assertThat(count("select count(*) from outbox_message where recipient_email like ?1", "%@" + domain))
                .isEqualTo(500);
        assertThat(count("select count(*) from audit_event where program_id = ?1 and action = "
                + "'program.members-invited'", id)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select details::text from "
                + "program_invitation where program_id = ?1 and lower(email) = ?2").setParameter(1, id)
                .setParameter(2, "person7@" + domain).getSingleResult()))
                .isEqualTo("{\"department\": \"Team 0\", \"learnSkills\": [\"reading-papers\"], "
                        + "\"teachSkills\": [\"pytorch\", \"transformers\"]}");

        upload(admin, people(domain, 2, -1)).post(path(id, true)).then().statusCode(200)
                .body("validRows", equalTo(0)).body("problems.code", contains("already-invited", "already-invited"));
    }

    @Test
    void shouldReportEveryKindOfRowProblemWithItsRowAndColumn() {
        User admin = user("Jonas");
        UUID id = program(admin, organization(admin), Map.of());
        User member = user("Kira");
        ProgramFixture.joinByLink(admin, id, member, "mentee");
        User invited = user("Lale");
        as(admin).body(Map.of("emails", List.of(invited.email()))).post("/api/v1/programs/" + id + "/invitations")
                .then().statusCode(200);
        Skill retiredParent = testData.retiredSkill(TestData.unique("retired-area"));
        Skill underRetired = testData.skill(TestData.unique("under-retired"), retiredParent);
        String d = TestData.unique("kinds").toLowerCase() + ".example.com";
        long audits = audits(id);

        String csv = HEADER
                + "ok1@" + d + ",Fine,MENTOR,PyTorch ; transformers,,\r\n"                      // row 2
                + "OK1@" + d + ",Repeat,mentee,,,\r\n"                                          // row 3
                + member.email().toUpperCase() + ",Member,,,,\r\n"                               // row 4
                + invited.email() + ",Invited,,,,\r\n"                                           // row 5
                + "ok2@" + d + ",Bad role,boss,,,\r\n"                                           // row 6
                + "ok3@" + d + ",Skills,,no-such-skill;" + retiredParent.slug() + ","
                + underRetired.slug() + ",\r\n"                                                  // row 7
                + "ok4@" + d + "," + "n".repeat(201) + ",,,,\"" + "d".repeat(201) + "\"\r\n"     // row 8
                + ",No address,,,,\r\n"                                                          // row 9
                + "ok5@" + d + ",Short\r\n"                                                      // row 10
                + "\r\n"
                + "ok6@" + d + ",Fine too,both,,supervised-learning,Ops\r\n";                    // row 12

        upload(admin, csv).post(path(id, true)).then().statusCode(200)
                .body("totalRows", equalTo(10)).body("validRows", equalTo(2))
                .body("problems.collect { it.row + ' ' + it.field + ' ' + it.code + ' ' + it.value }", contains(
                        "3 email duplicate-email 2",
                        "4 email already-member null",
                        "5 email already-invited null",
                        "6 role bad-role boss",
                        "7 teach_skills unknown-skill no-such-skill",
                        "7 teach_skills retired-skill " + retiredParent.slug(),
                        "7 learn_skills retired-skill " + underRetired.slug(),
                        "8 name too-long 200",
                        "8 department too-long 200",
                        "9 email required null",
                        "10 row column-count 2"));
        assertNothingWritten(id, d, audits);
    }

    @Test
    void shouldRefuseFilesThatCannotBeReadAndBodiesOverTheLimit() {
        User admin = user("Mads");
        UUID id = program(admin, organization(admin), Map.of());

        upload(admin, "email,phone\r\na@example.com,123\r\n").post(path(id, true)).then().statusCode(200)
                .body("totalRows", equalTo(0)).body("problems.code", contains("unknown-column"))
                .body("problems[0].row", equalTo(0)).body("problems[0].field", equalTo("file"));
        upload(admin, "email,phone\r\na@example.com,123\r\n").post(path(id, false)).then().statusCode(400)
                .body("errors.field", contains("file"))
                .body("detail", equalTo("The file cannot be read as an import; nothing was imported."));
        upload(admin, "").post(path(id, false)).then().statusCode(400).body("errors[0].message",
                equalTo("The file is empty."));
        upload(admin, "email\n" + "x".repeat(1_100_000)).config(OversizedBodies.expectContinue())
                .post(path(id, true)).then().statusCode(413);
    }

    @Test
    void shouldAnswer404ToOtherOrganizationsAdminsAndToMembers() {
        User admin = user("Nele");
        UUID id = program(admin, organization(admin), Map.of());
        User otherAdmin = user("Oskar");
        program(otherAdmin, organization(otherAdmin), Map.of());
        User member = user("Pia");
        ProgramFixture.joinByLink(admin, id, member, "mentee");
        String d = TestData.unique("tenant").toLowerCase() + ".example.com";
        String csv = HEADER + "someone@" + d + ",Someone,,,,\r\n";
        long audits = audits(id);

        for (User stranger : List.of(otherAdmin, member)) {
            upload(stranger, csv).post(path(id, true)).then().statusCode(404);
            upload(stranger, csv).post(path(id, false)).then().statusCode(404);
        }
        upload(otherAdmin, csv).post(path(UUID.randomUUID(), true)).then().statusCode(404);
        given().contentType("text/csv").body(csv).post(path(id, true)).then().statusCode(401);
        assertNothingWritten(id, d, audits);
    }

    @Test
    void shouldApplyImportedRoleAndSkillsWhenAnImportedPersonAccepts() {
        User admin = user("Quinn");
        UUID id = program(admin, organization(admin), Map.of());
        String email = TestData.unique("imported").toLowerCase() + "@test.mentorhub.dev";
        User withProfile = user("Rosa");
        given().auth().oauth2(withProfile.token()).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Rosa Kept", "roles", List.of("mentee"),
                        "learnSkills", List.of(Map.of("skill", "regression", "targetLevel", 4))))
                .put("/api/v1/profiles/me").then().statusCode(200);
        upload(admin, HEADER + email + ",Sam Imported,both,pytorch;transformers,reading-papers,Search\r\n"
                + withProfile.email() + ",Rosa,mentor,pytorch,,Ads\r\n").post(path(id, false))
                .then().statusCode(200).body("invited", equalTo(2));
        User imported = userWithEmail("Sam", email);

        given().auth().oauth2(imported.token()).get("/api/v1/profiles/me").then().statusCode(200)
                .body("onboardingCompleted", equalTo(false)).body("teachSkills", hasSize(0));
        as(imported).post("/api/v1/invitations/" + fixture.invitationToken(id, email) + "/accept")
                .then().statusCode(200).body("role", equalTo("both")).body("source", equalTo("import"));
        given().auth().oauth2(imported.token()).get("/api/v1/profiles/me").then().statusCode(200)
                .body("roles", contains("mentor", "mentee"))
                .body("teachSkills.collect { it.skill + ':' + it.level }", contains("pytorch:3", "transformers:3"))
                .body("learnSkills.collect { it.skill + ':' + it.level }", contains("reading-papers:3"))
                .body("visibility", equalTo("programs")).body("onboardingCompleted", equalTo(false));

        as(withProfile).post("/api/v1/invitations/" + fixture.invitationToken(id, withProfile.email()) + "/accept")
                .then().statusCode(200).body("role", equalTo("mentor"));
        given().auth().oauth2(withProfile.token()).get("/api/v1/profiles/me").then().statusCode(200)
                .body("displayName", equalTo("Rosa Kept")).body("roles", contains("mentee"))
                .body("teachSkills", hasSize(0)).body("learnSkills.collect { it.skill }", contains("regression"));
    }

    @Test
    void shouldCheckManagerEmailsAndCopyDepartmentAndManagerOntoTheMembershipOnAccepting() {
        User admin = user("Tilda");
        UUID id = program(admin, organization(admin), Map.of());
        String d = TestData.unique("managers").toLowerCase() + ".example.com";
        String header = "email,department,manager_email\r\n";
        long audits = audits(id);

        upload(admin, header
                + "lead@" + d + ",Search,\r\n"                                        // row 2
                + "dev@" + d + ",Search,LEAD@" + d + "\r\n"                             // row 3
                + "bad@" + d + ",Search,lead-at-" + d + "\r\n"                          // row 4
                + "self@" + d + ",Search,Self@" + d + "\r\n"                            // row 5
                + "long@" + d + ",,\"" + "m".repeat(320) + "@" + d + "\"\r\n")          // row 6
                .post(path(id, true)).then().statusCode(200)
                .body("validRows", equalTo(2))
                .body("problems.collect { it.row + ' ' + it.field + ' ' + it.code + ' ' + it.value }", contains(
                        "4 manager_email bad-email lead-at-" + d,
                        "5 manager_email self-manager null",
                        "6 manager_email too-long 320"));
        assertNothingWritten(id, d, audits);

        String email = TestData.unique("report").toLowerCase() + "@test.mentorhub.dev";
        upload(admin, header + email + ", Search & Ads ,Lead@" + d + "\r\n").post(path(id, false))
                .then().statusCode(200).body("invited", equalTo(1));
        User report = userWithEmail("Uma", email);
        as(report).post("/api/v1/invitations/" + fixture.invitationToken(id, email) + "/accept")
                .then().statusCode(200);
        as(admin).get("/api/v1/programs/" + id + "/members").then().statusCode(200)
                .body("items[0].memberId", equalTo(report.id().toString()))
                .body("items[0].department", equalTo("Search & Ads"))
                .body("items[0].managerEmail", equalTo("Lead@" + d));
    }

    private static RequestSpecification as(User user) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON);
    }

    /** No imported invitation, no mail to the file's domain, and no audit event since {@code auditsBefore}. */
    private void assertNothingWritten(UUID program, String domain, long auditsBefore) {
        assertThat(count("select count(*) from program_invitation where program_id = ?1 and source = 'IMPORT'",
                program)).isZero();
        assertThat(count("select count(*) from outbox_message where recipient_email like ?1", "%@" + domain))
                .isZero();
        assertThat(audits(program)).isEqualTo(auditsBefore);
    }

    private long audits(UUID program) {
        return count("select count(*) from audit_event where program_id = ?1", program);
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
