package dev.mentorhub.mentorship;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import java.util.Locale;

/** Accepting would give the mentor more active mentees than their capacity. */
public class CapacityReachedException extends DomainException {

    CapacityReachedException(int capacity) {
        super(409, "You have no free mentee places (capacity " + capacity
                + "). End a mentorship or raise your capacity.");
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(RequestMessages.class, locale).problem(type());
    }

    @Override
    public String type() {
        return "capacity-reached";
    }
}
