package dev.mentorhub.program;

import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.demo.DemoData;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

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
    private final OrganizationRepository organizations;
    private final ProgramRepository programs;
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final CohortRepository cohorts;
    private final EntityManager em;

    DemoProgram(MentorHubConfig config, MemberService memberService, OrganizationRepository organizations,
            ProgramRepository programs, MembershipRepository memberships, InvitationRepository invitations,
            CohortRepository cohorts, EntityManager em) {
        this.config = config;
        this.memberService = memberService;
        this.organizations = organizations;
        this.programs = programs;
        this.memberships = memberships;
        this.invitations = invitations;
        this.cohorts = cohorts;
        this.em = em;
    }

    private static final List<String> DEPARTMENTS = List.of("Platform", "Data", "Web", "Mobile");

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) StartupEvent event) {
        if (config.demoData().enabled() && LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            QuarkusTransaction.requiringNew().run(this::create);
        }
    }

    void create() {
        if (organizations.nameTaken(ORGANIZATION)) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> people = em.createNativeQuery("select m.id, m.email, p.is_mentor, p.is_mentee from member m "
                + "join profile p on p.member_id = m.id where m.oidc_subject like :prefix order by m.created_at, m.id")
                .setParameter("prefix", DemoData.SUBJECT_PREFIX + "%").setMaxResults(80).getResultList();
        if (people.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Random random = new Random(42);
        Member paul = memberService.signedIn(new SignedInIdentity(PAUL_SUBJECT, "paul", "Paul Zhang",
                "paul@demo.mentorhub.dev", Set.of("member", "program-admin")));
        Organization org = Organization.create(ORGANIZATION, now.minus(Duration.ofDays(90)));
        organizations.persist(org);
        organizations.appoint(org.id(), paul.id(), now.minus(Duration.ofDays(90)));
        Program program = Program.create(org.id(), new ProgramSettings("Acme Engineering Mentoring",
                "Pairs engineers across teams for six months: one hour every two weeks.", Audience.RESTRICTED,
                MatchingMode.HYBRID, Eligibility.INVITE_ONLY, null, LocalDate.now().minusDays(60),
                LocalDate.now().plusDays(30), null, List.of(new ProgramQuestion("team", "Which team are you in?",
                        "single-choice", List.of("Platform", "Data", "Web", "Mobile"), true)), 6, 14, false, true),
                Tokens.next(), now.minus(Duration.ofDays(80)));
        programs.persist(program);
        Cohort cohort = Cohort.draft(program.id(), "Spring 2027", LocalDate.now().plusDays(20), now);
        cohort.moveTo(CohortState.ENROLLING, now);
        cohorts.persist(cohort);

        for (int i = 0; i < people.size(); i++) {
            Object[] row = people.get(i);
            UUID id = (UUID) row[0];
            ProgramRole role = (Boolean) row[2] && (Boolean) row[3] ? ProgramRole.BOTH
                    : (Boolean) row[2] ? ProgramRole.MENTOR : ProgramRole.MENTEE;
            Instant joined = now.minus(Duration.ofDays(5 + random.nextInt(70)));
            Invitation invitation = Invitation.create(program.id(), (String) row[1], null, role, JoinSource.IMPORT,
                    "{}", Tokens.next(), paul.id(), joined.minus(Duration.ofDays(3)));
            invitation.accept(id, joined);
            invitations.persist(invitation);
            ProgramMembership membership = ProgramMembership.join(program.id(), id, role, JoinSource.IMPORT, joined);
            // A small org chart: four departments, everyone but the first reports to an earlier member.
            membership.placeInOrg(DEPARTMENTS.get(i % DEPARTMENTS.size()),
                    i == 0 ? null : (String) people.get((i - 1) / 4)[1]);
            memberships.persist(membership);
            if (i % 3 == 0) {
                cohorts.enrol(cohort.id(), id, role, now);
            }
        }
        for (int i = 0; i < 20; i++) {
            invitations.persist(Invitation.create(program.id(), "new.hire" + (i + 1) + "@acme.example", null,
                    ProgramRole.MENTEE, JoinSource.IMPORT, "{}", Tokens.next(), paul.id(),
                    now.minus(Duration.ofDays(random.nextInt(10)))));
        }
        requestsAndMentorships(people, random, now);
        Log.infof("Demo program: %s / %s with %d members, %d pending invitations; admin: paul", ORGANIZATION,
                program.name(), people.size(), 20);
    }

    /** A request history between the program's mentees and mentors, with every outcome represented. */
    private void requestsAndMentorships(List<Object[]> people, Random random, Instant now) {
        List<UUID> mentors = people.stream().filter(r -> (Boolean) r[2]).map(r -> (UUID) r[0]).toList();
        List<UUID> mentees = people.stream().filter(r -> (Boolean) r[3] && !(Boolean) r[2]).map(r -> (UUID) r[0])
                .toList();
        if (mentors.isEmpty() || mentees.isEmpty()) {
            return;
        }
        String[] outcomes = {"ACCEPTED", "ACCEPTED", "ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN", "PENDING"};
        Map<UUID, Integer> load = new java.util.HashMap<>();
        for (int i = 0; i < Math.min(mentees.size(), 35); i++) {
            UUID mentee = mentees.get(i);
            UUID mentor = mentors.get(random.nextInt(mentors.size()));
            String status = outcomes[i % outcomes.length];
            if (status.equals("ACCEPTED") && load.getOrDefault(mentor, 0) >= 2) {
                status = "PENDING";
            }
            Instant sent = now.minus(Duration.ofDays(2 + random.nextInt(40)));
            Instant decided = status.equals("PENDING") ? null : sent.plus(Duration.ofHours(6 + random.nextInt(200)));
            UUID request = UUID.randomUUID();
            em.createNativeQuery("insert into match_request (id, sender_id, recipient_id, kind, message, goals, status,"
                    + " created_at, decided_at, expires_at) values (?1, ?2, ?3, 'MENTORING', ?4, '{career-growth}', ?5,"
                    + " ?6, ?7, ?8)").setParameter(1, request).setParameter(2, mentee).setParameter(3, mentor)
                    .setParameter(4, "Hello! I'd love to learn from you.").setParameter(5, status)
                    .setParameter(6, sent).setParameter(7, decided).setParameter(8, sent.plus(Duration.ofDays(14)))
                    .executeUpdate();
            if (status.equals("ACCEPTED")) {
                load.merge(mentor, 1, Integer::sum);
                em.createNativeQuery("insert into mentorship (id, mentor_id, mentee_id, request_id, status, started_at)"
                        + " values (?1, ?2, ?3, ?4, 'ACTIVE', ?5)").setParameter(1, UUID.randomUUID())
                        .setParameter(2, mentor).setParameter(3, mentee).setParameter(4, request)
                        .setParameter(5, decided).executeUpdate();
            }
        }
    }
}
