package dev.mentorhub.event;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.util.Locale;

/** Only organizers (and program admins, for their programs) publish events: 403. */
public class NotOrganizerException extends DomainException {

    NotOrganizerException() {
        super(403, "Only organizers create events for all members; program admins create their programs' events.");
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(EventMessages.class, locale).refused("not-organizer");
    }

    @Override
    public String type() {
        return "not-organizer";
    }
}
