package dev.mentorhub.session;

import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.mentorship.Mentorships;
import dev.mentorhub.notification.Notifications;
import dev.mentorhub.profile.ProfileService;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reminds both members of a confirmed session a day and an hour before it, by notification and mail. Each instance
 * runs the job; a row in {@code session_reminder} per session, kind and start time decides which one sends, so each
 * reminder goes out exactly once, and a moved session is reminded of its new time only.
 */
@ApplicationScoped
public class SessionReminders {

    /** How long before the start, and the shortest notice that still deserves this reminder. */
    enum Kind {
        DAY(Duration.ofHours(24), Duration.ofHours(2)), HOUR(Duration.ofHours(1), Duration.ZERO);

        final Duration before;
        final Duration atLeast;

        Kind(Duration before, Duration atLeast) {
            this.before = before;
            this.atLeast = atLeast;
        }

        String slug() {
            return name().toLowerCase();
        }
    }

    private final EntityManager em;
    private final SessionRepository sessions;
    private final Mentorships mentorships;
    private final MemberRepository members;
    private final ProfileService profiles;
    private final Notifications notifications;
    private final SessionNotices notices;
    private final Clock clock;

    SessionReminders(EntityManager em, SessionRepository sessions, Mentorships mentorships, MemberRepository members,
            ProfileService profiles, Notifications notifications, SessionNotices notices, Clock clock) {
        this.em = em;
        this.sessions = sessions;
        this.mentorships = mentorships;
        this.members = members;
        this.profiles = profiles;
        this.notifications = notifications;
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(identity = "session-reminders", every = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int sent = sendDue(clock.instant());
        if (sent > 0) {
            Log.infof("Session reminders: %d sent", sent);
        }
    }

    /** One pass as of {@code now}: every reminder now due that no instance has sent yet. Tests call it directly. */
    @Transactional
    public int sendDue(Instant now) {
        int sent = 0;
        for (Kind kind : Kind.values()) {
            // Claimed in one order so that racing instances wait on each other, never deadlock.
            for (MentoringSession session : sessions.list(
                    "status = ?1 and startsAt > ?2 and startsAt <= ?3 order by id", SessionStatus.CONFIRMED,
                    now.plus(kind.atLeast), now.plus(kind.before))) {
                if (claim(session, kind, now)) {
                    remind(session, kind);
                    sent++;
                }
            }
        }
        return sent;
    }

    /** True for the one transaction that records this reminder; a racing one waits, then finds the row and skips. */
    private boolean claim(MentoringSession session, Kind kind, Instant now) {
        return em.createNativeQuery("""
                insert into session_reminder (session_id, kind, starts_at, sent_at) values (:id, :kind, :start, :now)
                on conflict do nothing
                """).setParameter("id", session.id()).setParameter("kind", kind.slug())
                .setParameter("start", session.startsAt()).setParameter("now", now).executeUpdate() == 1;
    }

    private void remind(MentoringSession session, Kind kind) {
        Mentorships.Pair pair = mentorships.pairOf(session.mentorshipId());
        for (UUID memberId : List.of(pair.mentorId(), pair.menteeId())) {
            UUID other = pair.partnerOf(memberId);
            members.findLive(memberId).ifPresent(member -> {
                notifications.notify(member, "session-reminder", other, session.id(), SessionPages.link(session));
                notices.mail(session, pair, member, profiles.nameOf(other), "reminder", "session-reminder:"
                        + session.id() + ":" + kind.slug() + ":" + session.startsAt().getEpochSecond() + ":" + memberId);
            });
        }
    }
}
