package dev.mentorhub.demo;

import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.common.security.Caller;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.program.JoinSource;
import dev.mentorhub.program.OrganizationDto;
import dev.mentorhub.program.OrganizationService;
import dev.mentorhub.program.Program;
import dev.mentorhub.program.ProgramAccess;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.settings.ProgramQuestion;
import dev.mentorhub.program.settings.ProgramRequest;
import dev.mentorhub.program.ProgramRole;
import dev.mentorhub.program.ProgramService;
import dev.mentorhub.program.cohort.CohortDto;
import dev.mentorhub.program.cohort.CohortService;
import dev.mentorhub.program.invitation.ImportedDetails;
import dev.mentorhub.program.invitation.InvitationService.InvitationPreview;
import dev.mentorhub.program.invitation.InvitationService;
import dev.mentorhub.program.invitation.InviteRequest;
import dev.mentorhub.program.invitation.NewInvitation;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A demo company program for the run command: organization "Acme Corp" administered by the demo user paul, a
 * program with part of the demo population as members, pending invitations, an enrolling cohort and a history of
 * requests and mentorships, so the admin pages and the dashboard have something to show. Dev mode only, after
 * {@link DemoData} and before the matching index is built, and only once per database.
 */
@ApplicationScoped
class DemoProgram {

    static final String ORGANIZATION = "Acme Corp";
    /** paul's fixed Keycloak id in deploy/keycloak/mentorhub-realm.json. */
    static final String PAUL_SUBJECT = "6f1d2c3a-0004-4000-8000-000000000004";

    private final MentorHubConfig config;
    private final MemberService memberService;
    private final OrganizationService organizations;
    private final ProgramService programs;
    private final ProgramAccess access;
    private final CohortService cohorts;
    private final InvitationService invitations;
    private final EntityManager em;

    DemoProgram(MentorHubConfig config, MemberService memberService, OrganizationService organizations,
            ProgramService programs, ProgramAccess access, CohortService cohorts, InvitationService invitations,
            EntityManager em) {
        this.config = config;
        this.memberService = memberService;
        this.organizations = organizations;
        this.programs = programs;
        this.access = access;
        this.cohorts = cohorts;
        this.invitations = invitations;
        this.em = em;
    }

    private static final List<String> DEPARTMENTS = List.of("Platform", "Data", "Web", "Mobile");

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) StartupEvent event) {
        if (config.demoData().enabled() && LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            QuarkusTransaction.requiringNew().run(this::create);
        }
    }

    /** A demo member as the services see them: the demo population's addresses count as verified. */
    private record Person(UUID id, String email, ProgramRole role) {
        Caller caller() {
            return new Caller(id, email, false, Set.of());
        }
    }

    /**
     * Builds the program the way its admin would (through the same services as the pages: an imported invitation per
     * person, accepted by them, with department and manager), then moves its history back in time.
     */
    void create() {
        Member paul = memberService.signedIn(new SignedInIdentity(PAUL_SUBJECT, "paul", "Paul Zhang",
                "paul@demo.mentorhub.dev", Set.of("member", "program-admin")));
        Caller platform = new Caller(paul.id(), paul.email(), true, Set.of());
        if (organizations.list(platform).stream().anyMatch(o -> o.name().equals(ORGANIZATION))) {
            return;
        }
        List<Person> people = demoPeople();
        if (people.isEmpty()) {
            return;
        }
        Caller admin = new Caller(paul.id(), paul.email(), false, Set.of());
        OrganizationDto org = organizations.create(platform, ORGANIZATION);
        organizations.appoint(platform, org.id(), paul.id(), null);
        ProgramDto program = programs.create(admin, org.id(), new ProgramRequest("Acme Engineering Mentoring",
                "Pairs engineers across teams for six months: one hour every two weeks.", "restricted", "hybrid",
                "invite-only", null, LocalDate.now().minusDays(60), LocalDate.now().plusDays(30), null,
                List.of(new ProgramQuestion("team", "Which team are you in?", "single-choice", DEPARTMENTS, true)),
                6, 14, false, true));
        CohortDto cohort = cohorts.create(admin, program.id(),
                new CohortService.NewCohort("Spring 2027", LocalDate.now().plusDays(20)));
        cohorts.moveTo(admin, program.id(), cohort.id(), "enrolling");

        // A small org chart: four departments, everyone but the first reports to an earlier member.
        List<NewInvitation> imported = IntStream.range(0, people.size()).mapToObj(i -> new NewInvitation(
                people.get(i).email(), null, people.get(i).role(), new ImportedDetails(List.of(), List.of(),
                        DEPARTMENTS.get(i % DEPARTMENTS.size()), i == 0 ? null : people.get((i - 1) / 4).email())
                        .toJson())).toList();
        Program entity = access.administered(admin, program.id());
        invitations.inviteAll(admin, entity, imported, JoinSource.IMPORT, Locale.ENGLISH);
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            InvitationPreview invitation = invitations.pendingInvitationPreviews(person.caller()).stream()
                    .filter(p -> p.programId().equals(program.id())).findFirst().orElseThrow();
            invitations.acceptInvitation(person.caller(), invitation.token());
            if (i % 3 == 0) {
                cohorts.enrol(person.caller(), program.id(), cohort.id(), person.role().slug());
            }
        }
        List<String> newHires = IntStream.rangeClosed(1, 20).mapToObj(i -> "new.hire" + i + "@acme.example").toList();
        invitations.invite(admin, program.id(), new InviteRequest(newHires, "mentee"), Locale.ENGLISH);

        Random random = new Random(42);
        backdate(program.id(), org.id(), random);
        requestsAndMentorships(program.id(), people, random, Instant.now());
        Log.infof("Demo program: %s / %s with %d members, %d pending invitations; admin: paul", ORGANIZATION,
                program.name(), people.size(), newHires.size());
    }

    /** The first 80 members of the demo population, with the program role their profile suggests. */
    private List<Person> demoPeople() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, m.email, p.is_mentor, p.is_mentee from member m "
                + "join profile p on p.member_id = m.id where m.oidc_subject like :prefix order by m.created_at, m.id")
                .setParameter("prefix", DemoData.SUBJECT_PREFIX + "%").setMaxResults(80).getResultList();
        List<Person> people = new ArrayList<>();
        for (Object[] row : rows) {
            boolean mentor = (Boolean) row[2];
            boolean mentee = (Boolean) row[3];
            people.add(new Person((UUID) row[0], (String) row[1],
                    mentor && mentee ? ProgramRole.BOTH : mentor ? ProgramRole.MENTOR : ProgramRole.MENTEE));
        }
        return people;
    }

    /**
     * The services stamp everything with the present; a demo should look like a program that has run for a while, so
     * the organization, program, invitations and memberships move back (joined 5 to 75 days ago). Demo data only:
     * no service takes a time from its caller.
     */
    private void backdate(UUID programId, UUID organizationId, Random random) {
        Instant now = Instant.now();
        em.createNativeQuery("update organization set created_at = ?1 where id = ?2")
                .setParameter(1, now.minus(Duration.ofDays(90))).setParameter(2, organizationId).executeUpdate();
        em.createNativeQuery("update program set created_at = ?1 where id = ?2")
                .setParameter(1, now.minus(Duration.ofDays(80))).setParameter(2, programId).executeUpdate();
        @SuppressWarnings("unchecked")
        List<UUID> members = em.createNativeQuery("select member_id from program_member where program_id = ?1 "
                + "order by member_id").setParameter(1, programId).getResultList();
        for (UUID member : members) {
            Instant joined = now.minus(Duration.ofDays(5 + random.nextInt(70)));
            em.createNativeQuery("update program_member set joined_at = ?1 where program_id = ?2 and member_id = ?3")
                    .setParameter(1, joined).setParameter(2, programId).setParameter(3, member).executeUpdate();
            em.createNativeQuery("update program_invitation set invited_at = ?1, accepted_at = ?2 "
                    + "where program_id = ?3 and accepted_by = ?4").setParameter(1, joined.minus(Duration.ofDays(3)))
                    .setParameter(2, joined).setParameter(3, programId).setParameter(4, member).executeUpdate();
        }
    }

    /** A request history between the program's mentees and mentors, with every outcome represented. */
    private void requestsAndMentorships(UUID programId, List<Person> people, Random random, Instant now) {
        List<UUID> mentors = people.stream().filter(p -> p.role() != ProgramRole.MENTEE).map(Person::id).toList();
        List<UUID> mentees = people.stream().filter(p -> p.role() == ProgramRole.MENTEE).map(Person::id).toList();
        if (mentors.isEmpty() || mentees.isEmpty()) {
            return;
        }
        String[] outcomes = {"ACCEPTED", "ACCEPTED", "ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN", "PENDING"};
        Map<UUID, Integer> load = new HashMap<>();
        for (int i = 0; i < Math.min(mentees.size(), 35); i++) {
            UUID mentee = mentees.get(i);
            UUID mentor = mentors.get(random.nextInt(mentors.size()));
            String status = outcomes[i % outcomes.length];
            if (status.equals("ACCEPTED") && load.getOrDefault(mentor, 0) >= 2) {
                status = "PENDING";
            }
            Instant sent = now.minus(Duration.ofDays(2 + random.nextInt(40)));
            Instant answered = sent.plus(Duration.ofHours(6 + random.nextInt(200)));
            // Never in the future: a request sent two days ago was answered by now.
            Instant decided = status.equals("PENDING") ? null
                    : answered.isBefore(now) ? answered : now.minus(Duration.ofHours(1));
            UUID request = UUID.randomUUID();
            em.createNativeQuery("insert into match_request (id, sender_id, recipient_id, kind, message, goals, status,"
                    + " created_at, decided_at, expires_at, program_id) values (?1, ?2, ?3, 'MENTORING', ?4, "
                    + "'{career-growth}', ?5, ?6, ?7, ?8, ?9)").setParameter(1, request).setParameter(2, mentee)
                    .setParameter(3, mentor).setParameter(4, "Hello! I'd love to learn from you.")
                    .setParameter(5, status).setParameter(6, sent).setParameter(7, decided)
                    .setParameter(8, sent.plus(Duration.ofDays(14))).setParameter(9, programId).executeUpdate();
            if (status.equals("ACCEPTED")) {
                load.merge(mentor, 1, Integer::sum);
                mentorship(programId, mentor, mentee, request, decided, random, now);
            }
        }
    }

    /**
     * A mentorship of the program meeting every two weeks, with the points the match factors gave it, the sessions
     * held since it started and the mentee's rating of each (better, on the whole, where the skills matched better), so
     * the dashboard's mentorship charts and the factor report have something to show.
     */
    private void mentorship(UUID programId, UUID mentor, UUID mentee, UUID request, Instant started, Random random,
            Instant now) {
        UUID id = UUID.randomUUID();
        int skill = 150 + random.nextInt(250);
        String factors = "{\"skill\": %d, \"stage\": %d, \"goals\": %d, \"availability\": %d, "
                .formatted(skill, 50 + random.nextInt(150), random.nextInt(150), random.nextInt(150))
                + "\"format-location\": %d, \"load\": %d}".formatted(random.nextInt(100), 30 + random.nextInt(70));
        em.createNativeQuery("insert into mentorship (id, mentor_id, mentee_id, request_id, status, started_at, "
                + "program_id, goals, cadence_weeks, session_minutes, planned_end, match_factors) values (?1, ?2, ?3, "
                + "?4, 'ACTIVE', ?5, ?6, '{career-growth}', 2, 60, ?7, cast(?8 as jsonb))").setParameter(1, id)
                .setParameter(2, mentor).setParameter(3, mentee).setParameter(4, request).setParameter(5, started)
                .setParameter(6, programId).setParameter(7, LocalDate.ofInstant(started, ZoneOffset.UTC).plusMonths(6))
                .setParameter(8, factors).executeUpdate();
        Instant start = started.plus(Duration.ofDays(2 + random.nextInt(5)));
        // Some pairs fall quiet after a while: the attention list's quiet tab has entries too.
        int sessions = random.nextInt(4);
        for (int i = 0; i < sessions && start.isBefore(now.minus(Duration.ofDays(1))); i++) {
            UUID session = UUID.randomUUID();
            em.createNativeQuery("insert into mentoring_session (id, mentorship_id, proposed_by, starts_at, ends_at, "
                    + "time_zone, location, status, created_at, updated_at, feedback_asked_at) values (?1, ?2, ?3, ?4, "
                    + "?5, 'UTC', 'https://meet.jit.si/mentorhub-demo', 'HELD', ?4, ?5, ?5)").setParameter(1, session)
                    .setParameter(2, id).setParameter(3, mentee).setParameter(4, start)
                    .setParameter(5, start.plus(Duration.ofHours(1))).executeUpdate();
            int rating = Math.max(1, Math.min(5, (int) Math.round(1.0 + skill / 100.0 + random.nextGaussian() * 0.7)));
            em.createNativeQuery("insert into session_feedback (session_id, member_id, rating, created_at) values "
                    + "(?1, ?2, ?3, ?4)").setParameter(1, session).setParameter(2, mentee).setParameter(3, rating)
                    .setParameter(4, start.plus(Duration.ofHours(2))).executeUpdate();
            start = start.plus(Duration.ofDays(14));
        }
    }
}
