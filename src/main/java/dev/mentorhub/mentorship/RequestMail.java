package dev.mentorhub.mentorship;

import dev.mentorhub.member.Member;
import dev.mentorhub.notification.Mails;
import dev.mentorhub.notification.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;

/**
 * Tells one side of a request about a step, through the outbox. Keys are {@code request-<event>:<requestId>}, so a
 * step gives one mail however often it is retried. Mail goes out in English: members have no stored language yet.
 */
@ApplicationScoped
class RequestMail {

    private final Outbox outbox;
    private final Mails mails;

    RequestMail(Outbox outbox, Mails mails) {
        this.outbox = outbox;
        this.mails = mails;
    }

    static String key(String event, MatchRequest request) {
        return "request-" + event + ":" + request.id();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void tell(MatchRequest request, Member to, String event, String otherName, String message) {
        tell(key(event, request), to, event, otherName, message);
    }

    /** Queues the mail under {@code key}; false when the member cannot get mail or the key was used already. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean tell(String key, Member to, String event, String otherName, String message) {
        if (to == null || to.isDeleted() || to.email() == null || to.email().isBlank()) {
            return false;
        }
        String message2 = message == null || message.isBlank() ? null : message;
        return outbox.enqueue(key, to.email(), to.id(),
                mails.request(Locale.ENGLISH, event, to.displayName(), otherName, message2));
    }
}
