package dev.mentorhub.program.dashboard;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.skill.Skill;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * A known dataset for dashboard tests, written row by row with native inserts because join, request and mentorship
 * dates cannot be set through the API. Two programs: {@link #program} with the numbers the tests assert, and
 * {@link #otherProgram} in the same organization, whose rows must never show in the first one's numbers.
 * The numbers each chart must show are worked out in DashboardResourceTest. A singleton, not application scoped:
 * tests read its fields, and fields read through a client proxy would be the proxy's, always null.
 */
@Singleton
class DashboardWorld {

    static final String ADMIN_SUB = "dashboard-admin-a";
    static final String OTHER_ADMIN_SUB = "dashboard-admin-b";
    static final String MEMBER_SUB = "dashboard-member";

    /** Everyone joined at T0 (except m5), a hundred days ago. */
    final Instant t0 = Instant.now().minus(100, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private final EntityManager em;
    private final MemberService members;
    private final TestData data;

    UUID program;
    UUID otherProgram;
    UUID emptyProgram;
    UUID otherOrganizationProgram;
    Member mentor1;
    Member mentor2;
    Member m3;
    Skill skillA;
    Skill skillB;
    Skill skillC;

    DashboardWorld(EntityManager em, MemberService members, TestData data) {
        this.em = em;
        this.members = members;
        this.data = data;
    }

    synchronized DashboardWorld build() {
        if (program == null) {
            QuarkusTransaction.requiringNew().run(this::write);
        }
        return this;
    }

    private void write() {
        Member admin = signedIn(ADMIN_SUB, "Dashboard Admin");
        Member otherAdmin = signedIn(OTHER_ADMIN_SUB, "Other Admin");
        Member m1 = signedIn(MEMBER_SUB, "Member One");
        UUID org = organization(admin);
        UUID otherOrg = organization(otherAdmin);
        program = program(org);
        otherProgram = program(org);
        emptyProgram = program(org);
        otherOrganizationProgram = program(otherOrg);
        skillA = data.skill(TestData.unique("dash-a"), null);
        skillB = data.skill(TestData.unique("dash-b"), null);
        skillC = data.skill(TestData.unique("dash-c"), null);

        for (int i = 0; i < 6; i++) {
            invitation(program, TestData.unique("invitee") + "@example.org");
        }
        invitation(emptyProgram, TestData.unique("invitee") + "@example.org");

        Member m2 = data.member("m2");
        m3 = data.member("m3");
        Member m4 = data.member("m4");
        Member m5 = data.member("m5");
        Member m6 = data.member("m6");
        Member left = data.member("left");
        mentor1 = data.member("mentor1");
        mentor2 = data.member("mentor2");
        Member outsiderX = data.member("x");
        Member outsiderY = data.member("y");

        // Profiles: onboarded or not, capacity, what they teach and learn.
        profile(m1, "Member One", true, 2);
        learns(m1, skillA, skillC);
        teaches(m1, skillB); // a mentee's teaching does not count as supply
        profile(m2, "Member Two", true, 2);
        learns(m2, skillA, skillC);
        profile(m3, "Member Three", true, 1);
        teaches(m3, skillB);
        learns(m3, skillC);
        profile(m4, "Member Four", false, 2);
        learns(m4, skillC);
        // m5 has no profile.
        profile(m6, "Member Six", true, 2);
        learns(m6, skillA);
        profile(left, "Left Early", true, 2);
        learns(left, skillB);
        profile(mentor1, "=SUM(A1) Mentor One", true, 2);
        teaches(mentor1, skillA);
        learns(mentor1, skillB); // a mentor's learning does not count as demand
        profile(mentor2, "Mentor Two", true, 3);
        teaches(mentor2, skillA, skillB);

        join(program, m1, "MENTEE", t0, null);
        join(program, m2, "MENTEE", t0, null);
        join(program, m3, "BOTH", t0, null);
        join(program, m4, "MENTEE", t0, null);
        join(program, m5, "MENTEE", days(20), null);
        join(program, m6, "MENTEE", t0, null);
        join(program, mentor1, "MENTOR", t0, null);
        join(program, mentor2, "MENTOR", t0, null);
        join(program, left, "MENTEE", t0, days(30));

        // m1: matched with mentor1 after 1 day and 3 hours.
        mentorship(mentor1, m1, request(m1, mentor1, "ACCEPTED", hours(26)), "ACTIVE", hours(27));
        // m2: declined once, then matched with mentor1 after 10 days.
        request(m2, mentor1, "DECLINED", days(2));
        mentorship(mentor1, m2, request(m2, mentor1, "ACCEPTED", days(9)), "ACTIVE", days(10));
        // m3: one expired, one withdrawn; never matched.
        request(m3, mentor2, "EXPIRED", days(1));
        request(m3, mentor1, "WITHDRAWN", days(3));
        // m4: one pending.
        request(m4, mentor2, "PENDING", days(50));
        // m5: requested and matched before joining (day 20): neither counts.
        mentorship(mentor2, m5, request(m5, mentor2, "ACCEPTED", days(10)), "ENDED", days(11));
        // m6: matched with mentor2 after 45 days, since ended.
        mentorship(mentor2, m6, request(m6, mentor2, "ACCEPTED", days(44)), "ENDED", days(45));
        // Outsiders' requests to mentor2 are not the program's, but their mentorships count for mentor2.
        mentorship(mentor2, outsiderX, request(outsiderX, mentor2, "ACCEPTED", days(4)), "ACTIVE", days(5));
        mentorship(mentor2, outsiderY, request(outsiderY, mentor2, "ACCEPTED", days(39)), "ENDED", days(40));
        // Someone who left: nothing of theirs counts.
        mentorship(mentor1, left, request(left, mentor1, "ACCEPTED", days(2)), "ENDED", days(3));

        // The other program: its own invitations, members, requests and mentorships.
        for (int i = 0; i < 3; i++) {
            invitation(otherProgram, TestData.unique("other") + "@example.org");
        }
        Member n1 = data.member("n1");
        Member n2 = data.member("n2");
        profile(n1, "Other Mentee", true, 2);
        learns(n1, skillC);
        profile(n2, "Other Mentor", true, 4);
        teaches(n2, skillC);
        join(otherProgram, n1, "MENTEE", t0, null);
        join(otherProgram, n2, "MENTOR", t0, null);
        request(n1, n2, "DECLINED", days(1));
        mentorship(n2, n1, request(n1, n2, "ACCEPTED", days(2)), "ACTIVE", days(3));
        // m1 is in the other program too: that membership must not add m1 twice here.
        join(otherProgram, m1, "MENTEE", days(5), null);
    }

    private Instant days(int days) {
        return t0.plus(Duration.ofDays(days));
    }

    private Instant hours(int hours) {
        return t0.plus(Duration.ofHours(hours));
    }

    private Member signedIn(String subject, String name) {
        return members.signedIn(new SignedInIdentity(subject, subject, name, subject + "@example.org",
                Set.of("member")));
    }

    private UUID organization(Member admin) {
        UUID id = UUID.randomUUID();
        insert("insert into organization (id, name, created_at) values (?1, ?2, now())", id, TestData.unique("Org"));
        insert("insert into organization_admin (organization_id, member_id, appointed_at) values (?1, ?2, now())",
                id, admin.id());
        return id;
    }

    private UUID program(UUID organization) {
        UUID id = UUID.randomUUID();
        insert("""
                insert into program (id, organization_id, name, audience, matching_mode, eligibility, join_code,
                    created_at, updated_at)
                values (?1, ?2, ?3, 'RESTRICTED', 'SELF_SERVICE', 'INVITE_ONLY', ?4, now(), now())""",
                id, organization, TestData.unique("Program"), UUID.randomUUID().toString());
        return id;
    }

    private void invitation(UUID program, String email) {
        insert("""
                insert into program_invitation (id, program_id, email, role, source, token, invited_at)
                values (?1, ?2, ?3, 'MENTEE', 'INVITE', ?4, now())""",
                UUID.randomUUID(), program, email, UUID.randomUUID().toString());
    }

    private void join(UUID program, Member member, String role, Instant joined, Instant left) {
        insert("""
                insert into program_member (program_id, member_id, role, source, joined_at, left_at)
                values (?1, ?2, ?3, 'LINK', ?4, ?5)""",
                program, member.id(), role, ts(joined), ts(left));
    }

    private void profile(Member member, String name, boolean onboarded, int capacity) {
        insert("""
                insert into profile (member_id, display_name, is_mentor, is_mentee, mentor_capacity,
                    onboarding_completed_at)
                values (?1, ?2, true, true, ?3, ?4)""",
                member.id(), name, capacity, onboarded ? ts(t0) : null);
    }

    private void teaches(Member member, Skill... skills) {
        for (Skill skill : skills) {
            insert("insert into profile_teach_skill (member_id, skill_id, level) values (?1, ?2, 3)",
                    member.id(), skill.id());
        }
    }

    private void learns(Member member, Skill... skills) {
        for (Skill skill : skills) {
            insert("insert into profile_learn_skill (member_id, skill_id, level) values (?1, ?2, 2)",
                    member.id(), skill.id());
        }
    }

    /**
     * A request as it stands today. A pending one expires a month from now, whenever it was sent: the expiry job (and
     * the expiry tests) would otherwise expire it, and the dashboard's counts depend on it staying pending.
     */
    private UUID request(Member sender, Member recipient, String status, Instant created) {
        UUID id = UUID.randomUUID();
        Instant expires = "PENDING".equals(status) ? Instant.now().plus(Duration.ofDays(30))
                : created.plus(Duration.ofDays(14));
        insert("""
                insert into match_request (id, sender_id, recipient_id, kind, message, status, created_at,
                    decided_at, expires_at)
                values (?1, ?2, ?3, 'MENTORING', 'Hello', ?4, ?5, ?6, ?7)""",
                id, sender.id(), recipient.id(), status, ts(created),
                "PENDING".equals(status) ? null : ts(created.plusSeconds(3600)), ts(expires));
        return id;
    }

    private void mentorship(Member mentor, Member mentee, UUID request, String status, Instant started) {
        insert("""
                insert into mentorship (id, mentor_id, mentee_id, request_id, status, started_at, ended_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""",
                UUID.randomUUID(), mentor.id(), mentee.id(), request, status, ts(started),
                "ENDED".equals(status) ? ts(started.plus(Duration.ofDays(30))) : null);
    }

    /** A time, possibly none: bound with its type, since an untyped null cannot be bound to timestamptz. */
    private record Time(Instant value) {
    }

    private void insert(String sql, Object... parameters) {
        NativeQuery<?> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof Time time) {
                query.setParameter(i + 1, time.value(), Instant.class);
            } else {
                query.setParameter(i + 1, parameters[i]);
            }
        }
        query.executeUpdate();
    }

    private static Time ts(Instant instant) {
        return new Time(instant);
    }
}
