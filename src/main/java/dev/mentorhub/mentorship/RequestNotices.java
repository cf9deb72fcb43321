package dev.mentorhub.mentorship;

import dev.mentorhub.member.Member;
import dev.mentorhub.notification.Mails;
import dev.mentorhub.notification.Notifications;
import dev.mentorhub.notification.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.UUID;

/**
 * Tells one side of a request or mentorship about a step, in the step's transaction: an in-app notification (kind
 * {@code request-<event>} or {@code mentorship-ended}) and a mail through the outbox. Mail keys are
 * {@code request-<event>:<requestId>} and {@code mentorship-ended:<mentorshipId>}, so a step gives one mail however
 * often it is retried. Mail goes out in English: members have no stored language yet; notifications are worded in
 * the reader's language when shown.
 */
@ApplicationScoped
class RequestNotices {

    static final String ENDED = "ended";

    private final Outbox outbox;
    private final Mails mails;
    private final Notifications notifications;

    RequestNotices(Outbox outbox, Mails mails, Notifications notifications) {
        this.outbox = outbox;
        this.mails = mails;
        this.notifications = notifications;
    }

    static String key(String event, MatchRequest request) {
        return "request-" + event + ":" + request.id();
    }

    /** A request step: {@code event} is received, accepted, declined, expired, withdrawn or reminder. */
    @Transactional(Transactional.TxType.MANDATORY)
    void tell(MatchRequest request, Member to, String event, UUID otherId, String otherName, String message) {
        notifications.notify(to, "request-" + event, otherId, request.id(), linkFor(request, to, event));
        mail(key(event, request), to, event, otherName, message);
    }

    /**
     * A reminder someone asked for (a program admin), under its own mail key: notification and mail to the recipient.
     * False when the recipient cannot get mail or the key was used already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean remind(MatchRequest request, String key, Member to, String senderName) {
        notifications.notify(to, "request-reminder", request.senderId(), request.id(), linkFor(request, to, "reminder"));
        return mail(key, to, "reminder", senderName, null);
    }

    /** The other side of a mentorship that {@code by} has just ended, with their optional reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    void ended(Mentorship mentorship, Member to, UUID byId, String byName, String reason) {
        notifications.notify(to, "mentorship-" + ENDED, byId, mentorship.id(), RequestPages.MENTORSHIPS + "/" + mentorship.id());
        mail("mentorship-" + ENDED + ":" + mentorship.id(), to, ENDED, byName, reason);
    }

    private boolean mail(String key, Member to, String event, String otherName, String message) {
        if (to == null || to.isDeleted() || to.email() == null || to.email().isBlank()) {
            return false;
        }
        String shown = message == null || message.isBlank() ? null : message;
        return outbox.enqueue(key, to.email(), to.id(), mails.request(Locale.ENGLISH, event, to.displayName(), otherName, shown));
    }

    /** Where the notification leads: the tab of /requests where the reader finds it. */
    private static String linkFor(MatchRequest request, Member to, String event) {
        if (event.equals("accepted")) {
            return RequestPages.MENTORSHIPS;
        }
        return RequestPages.link(to != null && request.senderId().equals(to.id())
                ? RequestPages.TAB_SENT : RequestPages.TAB_RECEIVED);
    }
}
