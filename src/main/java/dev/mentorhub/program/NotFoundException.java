package dev.mentorhub.program;

import dev.mentorhub.common.web.DomainException;

/**
 * Unknown, or not yours to see: both answer the same 404, so ids from another organization or program reveal
 * nothing about what exists there.
 */
public class NotFoundException extends DomainException {

    NotFoundException(String what) {
        super(404, "No such " + what + ".");
    }

    @Override
    public String type() {
        return "not-found";
    }
}
