package dev.mentorhub.mentorship;

import dev.mentorhub.common.web.DomainException;

/** Accepting would give the mentor more active mentees than their capacity. */
public class CapacityReachedException extends DomainException {

    CapacityReachedException(int capacity) {
        super(409, "You have no free mentee places (capacity " + capacity
                + "). End a mentorship or raise your capacity.");
    }

    @Override
    public String type() {
        return "capacity-reached";
    }
}
