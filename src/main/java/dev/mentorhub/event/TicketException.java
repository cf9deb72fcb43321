package dev.mentorhub.event;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.time.Instant;
import java.util.Locale;

/** A code at the door that does not let its holder in: unknown, for another event (422), or used already (409). */
public class TicketException extends DomainException {

    private final String type;
    private final Instant usedAt;

    private TicketException(int status, String type, String message, Instant usedAt) {
        super(status, message);
        this.type = type;
        this.usedAt = usedAt;
    }

    static TicketException unknown() {
        return new TicketException(422, "ticket-unknown", "No ticket has this code.", null);
    }

    static TicketException otherEvent() {
        return new TicketException(422, "ticket-other-event", "This ticket is for another event.", null);
    }

    static TicketException used(Instant at) {
        return new TicketException(409, "ticket-used", "This ticket was already used at " + at + ".", at);
    }

    public Instant usedAt() {
        return usedAt;
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(EventMessages.class, locale).refused(type);
    }

    @Override
    public String type() {
        return type;
    }
}
