package dev.mentorhub.program;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.NotFoundException;
import java.util.Locale;

/** A join link that does not exist, or was replaced by a new one: a 404 that tells the reader where to get one. */
class UnknownJoinLinkException extends NotFoundException {

    UnknownJoinLinkException() {
        super("join link");
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(ProgramErrorMessages.class, locale).unknown_link();
    }
}
