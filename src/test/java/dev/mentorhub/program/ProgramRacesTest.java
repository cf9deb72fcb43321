package dev.mentorhub.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.member.Member;
import dev.mentorhub.program.cohort.CohortDto;
import dev.mentorhub.program.cohort.CohortService;
import dev.mentorhub.program.invitation.InvitationService;
import dev.mentorhub.program.invitation.InviteRequest;
import dev.mentorhub.program.invitation.InviteResult;
import dev.mentorhub.program.settings.ProgramRequest;
import dev.mentorhub.testsupport.Race.Outcome;
import dev.mentorhub.testsupport.Race;
import dev.mentorhub.testsupport.Rows;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Check-then-insert races of programs, cohorts and membership: calls released together end in exactly one row, and
 * every other call is answered (the same result, or a 409 refusal), never a constraint violation that would be a 500.
 */
@QuarkusTest
class ProgramRacesTest {

    private static final int THREADS = 6;

    @Inject
    ProgramWorld world;

    @Inject
    ProgramService programs;

    @Inject
    CohortService cohorts;

    @Inject
    MembershipService memberships;

    @Inject
    InvitationService invitations;

    @Inject
    EntityManager em;

    @Test
    void shouldJoinOnceWhenJoinIsDoubleClicked() throws Exception {
        Member admin = world.someone("Race Admin");
        UUID program = world.openProgram(admin).id();
        String code = world.joinCode(admin, program);
        Member joiner = world.someone("Double Clicker");

        List<Outcome<MembershipDto>> outcomes = Race.run(THREADS,
                i -> () -> memberships.joinByLink(ProgramWorld.caller(joiner), code, "mentee"));

        assertThat(outcomes).allMatch(Outcome::succeeded);
        assertThat(count("select count(*) from program_member where program_id = ?1 and member_id = ?2", program,
                joiner.id())).isEqualTo(1);
    }

    @Test
    void shouldJoinAnOpenProgramOnceWhenJoinIsDoubleClicked() throws Exception {
        Member admin = world.someone("Race Admin");
        UUID program = world.openProgram(admin).id();
        Member joiner = world.someone("Double Clicker");

        List<Outcome<MembershipDto>> outcomes = Race.run(THREADS,
                i -> () -> memberships.joinOpen(ProgramWorld.caller(joiner), program, "both"));

        assertThat(outcomes).allMatch(Outcome::succeeded);
        assertThat(count("select count(*) from program_member where program_id = ?1 and member_id = ?2 and left_at "
                + "is null", program, joiner.id())).isEqualTo(1);
    }

    @Test
    void shouldCreateOneProgramWhenNamesThatDifferOnlyInCaseRace() throws Exception {
        Member admin = world.someone("Race Admin");
        UUID org = world.organization(admin);
        String name = TestData.unique("Racing Program");
        List<String> spellings = List.of(name, name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));

        List<Outcome<ProgramDto>> outcomes = Race.run(THREADS, i -> () -> programs.create(ProgramWorld.caller(admin),
                org, renamed(spellings.get(i % spellings.size()))));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).hasSize(THREADS - 1)
                .allSatisfy(o -> assertThat(o.refusal().status()).isEqualTo(409))
                .allSatisfy(o -> assertThat(o.refusal().type()).isEqualTo("duplicate-name"));
        assertThat(count("select count(*) from program where organization_id = ?1 and lower(name) = ?2", org,
                name.toLowerCase(Locale.ROOT))).isEqualTo(1);
    }

    @Test
    void shouldRefuseRenamingAProgramToAnotherOnesNameInAnotherCaseWhenBothRenamesRace() throws Exception {
        Member admin = world.someone("Race Admin");
        UUID org = world.organization(admin);
        UUID first = world.program(admin, org, renamed(TestData.unique("First"))).id();
        UUID second = world.program(admin, org, renamed(TestData.unique("Second"))).id();
        String name = TestData.unique("Wanted Name");
        List<UUID> ids = List.of(first, second);

        List<Outcome<ProgramDto>> outcomes = Race.run(2, i -> () -> programs.update(ProgramWorld.caller(admin),
                ids.get(i), renamed(i == 0 ? name : name.toUpperCase(Locale.ROOT))));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).singleElement()
                .satisfies(o -> assertThat(o.refusal().status()).isEqualTo(409))
                .satisfies(o -> assertThat(o.refusal().type()).isEqualTo("duplicate-name"));
        assertThat(count("select count(*) from program where organization_id = ?1 and lower(name) = ?2", org,
                name.toLowerCase(Locale.ROOT))).isEqualTo(1);
    }

    @Test
    void shouldCreateOneCohortWhenNamesThatDifferOnlyInCaseRace() throws Exception {
        Member admin = world.someone("Race Admin");
        UUID program = world.openProgram(admin).id();
        String name = TestData.unique("Spring Cohort");
        List<String> spellings = List.of(name, name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));

        List<Outcome<CohortDto>> outcomes = Race.run(THREADS, i -> () -> cohorts.create(ProgramWorld.caller(admin),
                program, new CohortService.NewCohort(spellings.get(i % spellings.size()), null)));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).hasSize(THREADS - 1)
                .allSatisfy(o -> assertThat(o.refusal().status()).isEqualTo(409))
                .allSatisfy(o -> assertThat(o.refusal().type()).isEqualTo("duplicate-name"));
        assertThat(count("select count(*) from cohort where program_id = ?1", program)).isEqualTo(1);
    }

    @Test
    void shouldInviteAnAddressOnceWhenInvitationsRace() throws Exception {
        Member admin = world.someone("Race Admin");
        UUID program = world.openProgram(admin).id();
        String email = TestData.unique("invitee") + "@example.org";

        List<Outcome<InviteResult>> outcomes = Race.run(THREADS, i -> () -> invitations.invite(
                ProgramWorld.caller(admin), program, new InviteRequest(List.of(i % 2 == 0 ? email
                        : email.toUpperCase(Locale.ROOT)), "mentee"), Locale.ENGLISH));

        assertThat(outcomes).allMatch(Outcome::succeeded);
        assertThat(outcomes.stream().mapToInt(o -> o.value().invited().size()).sum()).isEqualTo(1);
        assertThat(outcomes.stream().mapToInt(o -> o.value().alreadyInvited().size()).sum()).isEqualTo(THREADS - 1);
        assertThat(count("select count(*) from program_invitation where program_id = ?1 and lower(email) = ?2",
                program, email.toLowerCase(Locale.ROOT))).isEqualTo(1);
        assertThat(count("select count(*) from outbox_message where lower(recipient_email) = ?1", email
                .toLowerCase(Locale.ROOT))).isEqualTo(1);
    }

    private static ProgramRequest renamed(String name) {
        ProgramRequest r = ProgramWorld.request("open", "email-domain", "example.org", null, null, List.of());
        return new ProgramRequest(name, r.description(), r.audience(), r.matchingMode(), r.eligibility(),
                r.eligibilityValue(), r.enrolmentOpensOn(), r.enrolmentClosesOn(), r.weights(), r.questions(),
                r.relationshipMonths(), r.checkInDays(), r.excludeSameDepartment(), r.excludeReportingLine());
    }

    private long count(String sql, Object... parameters) {
        return Rows.count(em, sql, parameters);
    }
}
