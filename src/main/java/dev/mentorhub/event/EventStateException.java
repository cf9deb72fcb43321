package dev.mentorhub.event;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.util.Locale;

/** An event step its state does not allow (409): RSVPs closed, a cancelled event, capacity below those going... */
public class EventStateException extends DomainException {

    private final String type;

    private EventStateException(String type, String message) {
        super(409, message);
        this.type = type;
    }

    static EventStateException cancelled() {
        return new EventStateException("event-cancelled", "This event is cancelled.");
    }

    static EventStateException rsvpClosed() {
        return new EventStateException("rsvp-closed", "RSVPs for this event are closed.");
    }

    static EventStateException notPublished() {
        return new EventStateException("event-not-published", "This event is not published yet.");
    }

    static EventStateException capacityBelowGoing(int going) {
        return new EventStateException("capacity-below-going",
                "Capacity cannot be below the " + going + " members already going.");
    }

    static EventStateException over() {
        return new EventStateException("event-over", "This event is over and can no longer change.");
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
