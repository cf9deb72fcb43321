package dev.mentorhub.matching;

import static dev.mentorhub.matching.SuggestionPopulation.learn;
import static dev.mentorhub.matching.SuggestionPopulation.teach;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.matching.SuggestionPopulation.Skills;
import dev.mentorhub.member.Member;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Suggestions inside a program: only its members, scored with the program's own weights. */
@QuarkusTest
class ProgramSuggestionsTest {

    private static final String SKILL_ONLY = "{\"skill\":1,\"stage\":0,\"goals\":0,\"availability\":0,"
            + "\"formatLocation\":0,\"load\":0}";

    @Inject
    TestData data;

    @Inject
    SuggestionPopulation population;

    @Inject
    EntityManager em;

    /** A program of a new organization (rows written directly: this test is about matching, not administration). */
    private UUID program(String audience, String weights, List<Member> members) {
        UUID org = UUID.randomUUID();
        UUID program = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Instant.now();
            em.createNativeQuery("insert into organization (id, name, created_at) values (?1, ?2, ?3)")
                    .setParameter(1, org).setParameter(2, TestData.unique("Org")).setParameter(3, now).executeUpdate();
            em.createNativeQuery("insert into program (id, organization_id, name, audience, matching_mode, eligibility,"
                    + " join_code, weights, created_at, updated_at) values (?1, ?2, 'P', ?3, 'SELF_SERVICE',"
                    + " 'INVITE_ONLY', ?4, cast(cast(?5 as text) as jsonb), ?6, ?6)").setParameter(1, program).setParameter(2, org)
                    .setParameter(3, audience).setParameter(4, TestData.unique("code")).setParameter(5, weights)
                    .setParameter(6, now).executeUpdate();
            for (Member m : members) {
                em.createNativeQuery("insert into program_member (program_id, member_id, role, source, joined_at) "
                        + "values (?1, ?2, 'BOTH', 'INVITE', ?3)").setParameter(1, program).setParameter(2, m.id())
                        .setParameter(3, now).executeUpdate();
            }
        });
        return program;
    }

    /** A program whose single-choice question "team" feeds matching, with each member's answer. */
    private UUID programWithTeams(Map<Member, String> teams) {
        UUID program = program("RESTRICTED", null, List.copyOf(teams.keySet()));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update program set questions = cast(?1 as jsonb) where id = ?2")
                    .setParameter(1, "[{\"id\":\"team\",\"text\":\"Team?\",\"kind\":\"single-choice\","
                            + "\"options\":[\"Data\",\"Web\"],\"feedsMatching\":true}]")
                    .setParameter(2, program).executeUpdate();
            teams.forEach((member, team) -> em.createNativeQuery("update program_member set answers = "
                    + "cast(?1 as jsonb) where program_id = ?2 and member_id = ?3")
                    .setParameter(1, "{\"team\":\"" + team + "\"}").setParameter(2, program)
                    .setParameter(3, member.id()).executeUpdate());
        });
        return program;
    }

    private static Map<String, Object> of(List<Map<String, Object>> items, Member m) {
        return items.stream().filter(s -> s.get("candidateId").equals(m.id().toString())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static String goalsReason(Map<String, Object> suggestion) {
        return ((List<Map<String, Object>>) suggestion.get("breakdown")).stream()
                .filter(f -> f.get("factor").equals("goals")).findFirst().orElseThrow().get("reason").toString();
    }

    @Test
    @TestSecurity(user = "mia", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "program-suggest-teams"))
    void shouldCountTheSameAnswerToAMatchingQuestionLikeASharedGoal() {
        Skills skills = SuggestionPopulation.skills(data);
        Member mia = population.signedIn("program-suggest-teams", "Mia");
        population.mentee(mia, "Mia", List.of(learn(skills.a(), 3)));
        Member sameTeam = population.mentor(data, "Same", List.of(teach(skills.a(), 4)), 2, "everyone");
        Member otherTeam = population.mentor(data, "Other", List.of(teach(skills.a(), 4)), 2, "everyone");
        UUID program = programWithTeams(Map.of(mia, "Data", sameTeam, "data", otherTeam, "Web"));

        List<Map<String, Object>> everyone = items("", 200);
        assertThat(of(everyone, sameTeam).get("score")).isEqualTo(of(everyone, otherTeam).get("score"));

        List<Map<String, Object>> inProgram = items("&program=" + program, 200);
        assertThat(inProgram).extracting(s -> s.get("candidateId")).first().isEqualTo(sameTeam.id().toString());
        assertThat(((Number) of(inProgram, sameTeam).get("score")).doubleValue())
                .isGreaterThan(((Number) of(inProgram, otherTeam).get("score")).doubleValue());
        assertThat(goalsReason(of(inProgram, sameTeam))).endsWith("same answer to 1 of 1 program question");
        assertThat(goalsReason(of(inProgram, otherTeam))).endsWith("same answer to 0 of 1 program question");
    }

    /** Sets the program's rules and each member's department and manager's email, as an admin or the import would. */
    private void orgChart(UUID program, boolean sameDepartment, boolean reportingLine,
            Map<Member, String[]> departmentAndManager) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update program set exclude_same_department = ?1, exclude_reporting_line = ?2 "
                    + "where id = ?3").setParameter(1, sameDepartment).setParameter(2, reportingLine)
                    .setParameter(3, program).executeUpdate();
            departmentAndManager.forEach((member, org) -> em.createNativeQuery("update program_member set "
                    + "department = ?1, manager_email = ?2 where program_id = ?3 and member_id = ?4")
                    .setParameter(1, org[0]).setParameter(2, org[1]).setParameter(3, program)
                    .setParameter(4, member.id()).executeUpdate());
        });
    }

    private static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(s -> s.get("candidateId").toString()).toList();
    }

    @Test
    @TestSecurity(user = "mia", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "program-suggest-rules"))
    void shouldLeaveOutSameDepartmentColleaguesAndTheManagerChainOnlyWhenTheProgramSaysSo() {
        Skills skills = SuggestionPopulation.skills(data);
        Member mia = population.signedIn("program-suggest-rules", "Mia");
        population.mentee(mia, "Mia", List.of(learn(skills.a(), 3)));
        Member colleague = population.mentor(data, "Colleague", List.of(teach(skills.a(), 4)), 2, "everyone");
        Member lead = population.mentor(data, "Lead", List.of(teach(skills.a(), 4)), 2, "everyone");
        Member director = population.mentor(data, "Director", List.of(teach(skills.a(), 4)), 2, "everyone");
        Member peer = population.mentor(data, "Peer", List.of(teach(skills.a(), 4)), 2, "everyone");
        UUID program = program("RESTRICTED", null, List.of(mia, colleague, lead, director, peer));
        Map<Member, String[]> chart = Map.of(
                mia, new String[] {"Search", lead.email().toUpperCase()},
                colleague, new String[] {" search ", null},
                lead, new String[] {"Search Leads", director.email()},
                director, new String[] {null, null},
                // Under the same director as the lead, but not above Mia: not in her reporting line.
                peer, new String[] {"Ads", director.email()});
        List<String> everyone = List.of(colleague.id().toString(), lead.id().toString(),
                director.id().toString(), peer.id().toString());

        orgChart(program, false, false, chart);
        assertThat(ids(items("&program=" + program, 200))).containsExactlyInAnyOrderElementsOf(everyone);

        orgChart(program, true, false, chart);
        assertThat(ids(items("&program=" + program, 200))).containsExactlyInAnyOrder(lead.id().toString(),
                director.id().toString(), peer.id().toString());

        orgChart(program, false, true, chart);
        assertThat(ids(items("&program=" + program, 200))).containsExactlyInAnyOrder(colleague.id().toString(),
                peer.id().toString());

        orgChart(program, true, true, chart);
        assertThat(ids(items("&program=" + program, 200))).containsExactly(peer.id().toString());
        // Outside the program the rules do not apply.
        assertThat(ids(items("", 200))).containsAll(everyone);
    }

    private static List<Map<String, Object>> items(String query, int status) {
        return given().get("/api/v1/matches/suggestions?as=mentee&limit=50" + query).then().statusCode(status)
                .extract().jsonPath().getList(status == 200 ? "items" : "errors");
    }

    @Test
    @SuppressWarnings("unchecked")
    @TestSecurity(user = "mia", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "program-suggest-mia"))
    void shouldSuggestOnlyTheProgramsMembersWithItsWeights() {
        Skills skills = SuggestionPopulation.skills(data);
        Member mia = population.signedIn("program-suggest-mia", "Mia");
        population.mentee(mia, "Mia", List.of(learn(skills.a(), 3)));
        // Teaches below the wanted level: partial skill fit, while the other factors are full.
        Member inside = population.mentor(data, "Inside", List.of(teach(skills.a(), 2)), 2, "everyone");
        Member outside = population.mentor(data, "Outside", List.of(teach(skills.a(), 5)), 2, "everyone");
        UUID program = program("RESTRICTED", SKILL_ONLY, List.of(mia, inside));

        List<Map<String, Object>> everyone = items("", 200);
        assertThat(everyone).extracting(s -> s.get("candidateId"))
                .contains(inside.id().toString(), outside.id().toString());
        double defaultScore = everyone.stream().filter(s -> s.get("candidateId").equals(inside.id().toString()))
                .mapToDouble(s -> ((Number) s.get("score")).doubleValue()).findFirst().orElseThrow();

        List<Map<String, Object>> inProgram = items("&program=" + program, 200);
        assertThat(inProgram).extracting(s -> s.get("candidateId")).containsExactly(inside.id().toString());
        double programScore = ((Number) inProgram.get(0).get("score")).doubleValue();
        assertThat(programScore).isLessThan(defaultScore);
        // All weight on skill fit: the skill line earns every point, the others none.
        List<Map<String, Object>> breakdown = (List<Map<String, Object>>) inProgram.get(0).get("breakdown");
        assertThat(breakdown).allSatisfy(f -> assertThat(((Number) f.get("points")).doubleValue())
                .isEqualTo(f.get("factor").equals("skill") ? programScore : 0.0));
    }

    @Test
    @TestSecurity(user = "mia", roles = "member")
    @OidcSecurity(claims = @Claim(key = "sub", value = "program-suggest-outsider"))
    void shouldRefuseProgramsTheCallerDoesNotBelongTo() {
        Member mia = population.signedIn("program-suggest-outsider", "Mia");
        population.mentee(mia, "Mia", List.of(learn(SuggestionPopulation.skills(data).a(), 3)));
        UUID restricted = program("RESTRICTED", SKILL_ONLY, List.of());
        UUID open = program("OPEN", SKILL_ONLY, List.of());

        given().get("/api/v1/matches/suggestions?program=" + restricted).then().statusCode(404);
        given().get("/api/v1/matches/suggestions?program=" + open).then().statusCode(409);
        given().get("/api/v1/matches/suggestions?program=" + UUID.randomUUID()).then().statusCode(404);
    }
}
