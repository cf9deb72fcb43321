package dev.mentorhub.demo;

import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import dev.mentorhub.mentorship.MatchRequestService;
import dev.mentorhub.mentorship.SendRequest;
import dev.mentorhub.mentorship.workspace.NewMilestone;
import dev.mentorhub.mentorship.workspace.UpdateWorkspace;
import dev.mentorhub.mentorship.workspace.WorkspaceDto;
import dev.mentorhub.mentorship.workspace.Workspaces;
import dev.mentorhub.profile.ProfileRequest;
import dev.mentorhub.profile.ProfileService;
import dev.mentorhub.session.SessionDto;
import dev.mentorhub.session.SessionRequest;
import dev.mentorhub.session.SessionService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The demo users alice (a mentee in Berlin) and bob (a mentor in Shanghai) for the run command: profiles, and a
 * mentorship between them with a session held last week and the next one booked, so signing in as either shows the
 * workspace, the week grid, the calendar feed and the suggestions straight away. Dev mode only, once per database,
 * through the same services as the pages; the past is made by moving the first session back in time.
 */
@ApplicationScoped
class DemoMentorship {

    /** alice's and bob's fixed Keycloak ids in deploy/keycloak/dev/mentorhub-users.json. */
    static final String ALICE_SUBJECT = "6f1d2c3a-0001-4000-8000-000000000001";
    static final String BOB_SUBJECT = "6f1d2c3a-0002-4000-8000-000000000002";

    private final MentorHubConfig config;
    private final MemberService members;
    private final ProfileService profiles;
    private final MatchRequestService requests;
    private final SessionService sessions;
    private final Workspaces workspaces;
    private final EntityManager em;

    DemoMentorship(MentorHubConfig config, MemberService members, ProfileService profiles,
            MatchRequestService requests, SessionService sessions, Workspaces workspaces, EntityManager em) {
        this.workspaces = workspaces;
        this.config = config;
        this.members = members;
        this.profiles = profiles;
        this.requests = requests;
        this.sessions = sessions;
        this.em = em;
    }

    /** After the demo population and program, before the matching index is built (default observer priority). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 300) StartupEvent event) {
        if (config.demoData().enabled() && LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            QuarkusTransaction.requiringNew().run(() -> create(ALICE_SUBJECT, BOB_SUBJECT));
        }
    }

    /** The pair, for these two subjects; nothing when alice has a profile already. Answers the mentorship. */
    UUID create(String aliceSubject, String bobSubject) {
        Member alice = members.signedIn(new SignedInIdentity(aliceSubject, "alice", "Alice Wang",
                "alice@demo.mentorhub.dev", Set.of("member")));
        Member bob = members.signedIn(new SignedInIdentity(bobSubject, "bob", "Bob Li", "bob@demo.mentorhub.dev",
                Set.of("member")));
        if (profiles.visibleTo(alice.id(), alice).isPresent()) {
            return null;
        }
        profiles.replace(alice, new ProfileRequest("Alice Wang", "Data analyst moving into machine learning",
                "Five years of SQL and dashboards; now learning to train and ship models.", "early-career",
                List.of("mentee"), List.of(), List.of(new ProfileRequest.LearnSkill("deep-learning", 3),
                        new ProfileRequest.LearnSkill("pytorch", 2)),
                List.of("first-ml-job", "production-deployment"), "A first ML role within a year.",
                List.of("en", "de"), "Europe/Berlin", List.of(new ProfileRequest.Window("tuesday", "08:00", "11:00"),
                        new ProfileRequest.Window("thursday", "07:00", "10:00")),
                List.of("video"), "Berlin", "DE", Map.of(), null, "everyone"), true);
        profiles.replace(bob, new ProfileRequest("Bob Li", "ML engineer, recommender systems at scale",
                "Ten years of production ML; happy to help people make the jump from analytics.", "senior",
                List.of("mentor"), List.of(new ProfileRequest.TeachSkill("deep-learning", 5),
                        new ProfileRequest.TeachSkill("pytorch", 5), new ProfileRequest.TeachSkill("regression", 4)),
                List.of(), List.of("first-ml-job", "production-deployment", "career-growth"), null,
                List.of("en", "zh"), "Asia/Shanghai", List.of(new ProfileRequest.Window("tuesday", "14:00", "18:00"),
                        new ProfileRequest.Window("thursday", "14:00", "17:00")),
                List.of("video"), "Shanghai", "CN", Map.of(), 3, "everyone"), true);
        UUID request = requests.send(alice, new SendRequest(bob.id(), "mentoring",
                "Hi Bob, I would love your help getting my first model into production.",
                List.of("first-ml-job", "production-deployment"))).id();
        UUID mentorship = requests.accept(bob, request).id();

        // Tuesday 09:00 in Berlin is 16:00 (or 15:00) in Shanghai: inside both people's hours.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate nextTuesday = LocalDate.now(berlin).plusDays(1).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        SessionDto first = book(alice, bob, mentorship, nextTuesday.plusWeeks(1).atTime(9, 0),
                "Where you are now, what a first ML job looks like");
        book(alice, bob, mentorship, nextTuesday.atTime(9, 0), "Review the churn model notebook");
        // The first session took place on the last Tuesday before today (within the week feedback is asked for):
        // move it there, then mark it held as the pair would.
        LocalDate lastTuesday = LocalDate.now(berlin).with(TemporalAdjusters.previous(DayOfWeek.TUESDAY));
        Duration back = Duration.between(lastTuesday.atTime(9, 0).atZone(berlin),
                nextTuesday.plusWeeks(1).atTime(9, 0).atZone(berlin));
        em.flush();
        em.createNativeQuery("update mentoring_session set starts_at = starts_at - cast(:back as interval), "
                + "ends_at = ends_at - cast(:back as interval), created_at = created_at - cast(:back as interval) "
                + "where id = :id").setParameter("back", back.toSeconds() + " seconds")
                .setParameter("id", first.id()).executeUpdate();
        em.createNativeQuery("update session_attendee set during = tstzrange(lower(during) - cast(:back as interval), "
                + "upper(during) - cast(:back as interval)) where session_id = :id")
                .setParameter("back", back.toSeconds() + " seconds").setParameter("id", first.id()).executeUpdate();
        em.createNativeQuery("update mentorship set started_at = started_at - interval '14 days' where id = :id")
                .setParameter("id", mentorship).executeUpdate();
        em.clear();
        sessions.record(bob, first.id(), true);
        workspace(alice, bob, mentorship);
        return mentorship;
    }

    /** What they agreed in the workspace after the first session: cadence, notes, a checklist half done. */
    private void workspace(Member alice, Member bob, UUID mentorship) {
        long version = workspaces.view(alice, mentorship).version();
        workspaces.update(alice, mentorship, new UpdateWorkspace(version, null, 2, 60, null, """
                ## Where we are
                Alice ships dashboards in SQL today; the goal is a **first ML role** within a year.

                ## Plan
                1. Finish the churn model notebook (gradient boosting, then a small PyTorch net)
                2. Put it behind an API and monitor it
                3. Mock interviews in month four

                Reading: [Rules of ML](https://developers.google.com/machine-learning/guides/rules-of-ml)
                """));
        WorkspaceDto.MilestoneDto baseline = workspaces.addMilestone(bob, mentorship,
                new NewMilestone("Baseline churn model with a held-out test set"));
        workspaces.tick(alice, mentorship, baseline.id(), true);
        workspaces.addMilestone(alice, mentorship, new NewMilestone("Serve the model behind a FastAPI endpoint"));
        workspaces.addMilestone(bob, mentorship, new NewMilestone("Two mock interviews"));
    }

    private SessionDto book(Member by, Member other, UUID mentorship, LocalDateTime start, String agenda) {
        SessionDto proposed = sessions.propose(by, mentorship, new SessionRequest(start, start.plusHours(1),
                "Europe/Berlin", "https://meet.jit.si/mentorhub-demo-alice-bob", agenda));
        return sessions.accept(other, proposed.id());
    }
}
