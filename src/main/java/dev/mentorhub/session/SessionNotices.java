package dev.mentorhub.session;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.notification.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Tells the other member of a session what happened to it, in the transaction of the change. */
@ApplicationScoped
class SessionNotices {

    private final Notifications notifications;
    private final MemberRepository members;

    SessionNotices(Notifications notifications, MemberRepository members) {
        this.notifications = notifications;
        this.members = members;
    }

    /** {@code event}: proposed, rescheduled, confirmed, declined or cancelled, done by {@code by}. */
    @Transactional(Transactional.TxType.MANDATORY)
    void tell(MentoringSession session, UUID to, Member by, String event) {
        members.findLive(to).ifPresent(recipient -> notifications.notify(recipient, "session-" + event, by.id(),
                session.id(), SessionPages.link(session)));
    }
}
