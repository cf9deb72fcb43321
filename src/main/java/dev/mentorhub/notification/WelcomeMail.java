package dev.mentorhub.notification;

import dev.mentorhub.common.web.RequestLocale;
import dev.mentorhub.member.Member;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.Locale;

/** The mail that greets someone who has just finished onboarding. */
@ApplicationScoped
public class WelcomeMail {

    private final Outbox outbox;
    private final Mails mails;
    private final Instance<RequestLocale> requestLocale;

    WelcomeMail(Outbox outbox, Mails mails, Instance<RequestLocale> requestLocale) {
        this.outbox = outbox;
        this.mails = mails;
        this.requestLocale = requestLocale;
    }

    /**
     * Queues the welcome mail for {@code member}, addressed as {@code name}, in the caller's transaction and in the
     * language of the current request (English outside one). Does nothing for a member without an email address;
     * at most one welcome mail per member, however often this is called.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueFor(Member member, String name) {
        if (member.email() == null || member.email().isBlank()) {
            return;
        }
        outbox.enqueue("welcome:" + member.id(), member.email(), member.id(), mails.welcome(locale(), name));
    }

    private Locale locale() {
        return Arc.container().requestContext().isActive() ? requestLocale.get().locale() : Locale.ENGLISH;
    }
}
