package dev.mentorhub.session;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.mentorship.Mentorships;
import dev.mentorhub.notification.Mails;
import dev.mentorhub.notification.Notifications;
import dev.mentorhub.notification.Outbox;
import dev.mentorhub.profile.ProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Tells the other member of a session what happened to it, in the transaction of the change: a notification, and a
 * mail in their zone with the session's invite (or cancellation) attached, so it lands in their calendar.
 */
@ApplicationScoped
class SessionNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final Notifications notifications;
    private final Outbox outbox;
    private final Mails mails;
    private final MemberRepository members;
    private final ProfileService profiles;
    private final SessionCalendars calendars;

    SessionNotices(Notifications notifications, Outbox outbox, Mails mails, MemberRepository members,
            ProfileService profiles, SessionCalendars calendars) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.mails = mails;
        this.members = members;
        this.profiles = profiles;
        this.calendars = calendars;
    }

    /** {@code event}: proposed, rescheduled, confirmed, declined or cancelled, done by {@code by}. */
    @Transactional(Transactional.TxType.MANDATORY)
    void tell(MentoringSession session, Mentorships.Pair pair, UUID by, String event) {
        UUID to = pair.partnerOf(by);
        members.findLive(to).ifPresent(recipient -> {
            notifications.notify(recipient, "session-" + event, by, session.id(), SessionPages.link(session));
            mail(session, pair, recipient, profiles.nameOf(by), event,
                    "session-" + event + ":" + session.id() + ":" + session.sequence() + ":" + to);
        });
    }

    /** The mail to one member about the session; {@code key} makes it once only (see Outbox#enqueue). */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean mail(MentoringSession session, Mentorships.Pair pair, Member to, String otherName, String event,
            String key) {
        if (to.email() == null || to.email().isBlank()) {
            return false;
        }
        ZoneId zone = profiles.zoneOf(to.id());
        String when = DAY.format(session.startsAt().atZone(zone)) + "–" + TIME.format(session.endsAt().atZone(zone));
        Mails.SessionMail content = new Mails.SessionMail(event, profiles.nameOf(to.id()), otherName, when,
                zone.getId(), session.location(), session.agenda(), session.reason(), SessionPages.link(session));
        return outbox.enqueue(key, to.email(), to.id(),
                mails.session(Locale.ENGLISH, content).withCalendar(calendars.invite(session, pair)));
    }

    /** Both members of a quiet mentorship: a notification and a mail each, once for this quiet spell. */
    @Transactional(Transactional.TxType.MANDATORY)
    void nudge(InactiveMentorships.Inactive quiet) {
        String path = "/mentorships/" + quiet.mentorshipId() + "/sessions";
        for (UUID memberId : List.of(quiet.mentorId(), quiet.menteeId())) {
            UUID other = memberId.equals(quiet.mentorId()) ? quiet.menteeId() : quiet.mentorId();
            members.findLive(memberId).ifPresent(member -> {
                notifications.notify(member, "mentorship-inactive", other, quiet.mentorshipId(), path);
                if (member.email() != null && !member.email().isBlank()) {
                    outbox.enqueue("mentorship-nudge:" + quiet.mentorshipId() + ":"
                            + quiet.quietSince().getEpochSecond() + ":" + memberId, member.email(), memberId,
                            mails.nudge(Locale.ENGLISH, profiles.nameOf(memberId), profiles.nameOf(other),
                                    quiet.daysQuiet(), path));
                }
            });
        }
    }
}
