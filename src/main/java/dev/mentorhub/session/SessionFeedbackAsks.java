package dev.mentorhub.session;

import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.mentorship.Mentorships;
import dev.mentorhub.notification.Notifications;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Asks both members for feedback once a confirmed or held session has ended, by notification linking to the form.
 * Each instance runs the job; one UPDATE that sets {@code feedback_asked_at} claims a session for exactly one of
 * them (SKIP LOCKED: racing instances take other rows, or none), so each member is asked exactly once.
 */
@ApplicationScoped
public class SessionFeedbackAsks {

    private static final int BATCH = 200;

    private final EntityManager em;
    private final SessionRepository sessions;
    private final Mentorships mentorships;
    private final MemberRepository members;
    private final Notifications notifications;
    private final Clock clock;

    SessionFeedbackAsks(EntityManager em, SessionRepository sessions, Mentorships mentorships,
            MemberRepository members, Notifications notifications, Clock clock) {
        this.em = em;
        this.sessions = sessions;
        this.mentorships = mentorships;
        this.members = members;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(identity = "session-feedback-asks", every = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int asked = askDue(clock.instant());
        if (asked > 0) {
            Log.infof("Session feedback: %d sessions asked", asked);
        }
    }

    /** One pass as of {@code now}: claims every ended session nobody asked about yet and asks its pair. */
    @Transactional
    public int askDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> claimed = em.createNativeQuery("""
                update mentoring_session set feedback_asked_at = :now where id in (
                    select id from mentoring_session
                    where feedback_asked_at is null and status in ('CONFIRMED', 'HELD') and ends_at <= :now
                      and ends_at > cast(:now as timestamptz) - interval '7 days'
                    order by ends_at limit :batch for update skip locked)
                returning id
                """, UUID.class).setParameter("now", now).setParameter("batch", BATCH).getResultList();
        for (UUID id : claimed) {
            ask(sessions.findById(id));
        }
        return claimed.size();
    }

    private void ask(MentoringSession session) {
        Mentorships.Pair pair = mentorships.pairOf(session.mentorshipId());
        for (UUID memberId : List.of(pair.mentorId(), pair.menteeId())) {
            members.findLive(memberId).ifPresent(member -> notifications.notify(member, "session-feedback",
                    pair.partnerOf(memberId), session.id(), SessionPages.feedbackLink(session)));
        }
    }
}
