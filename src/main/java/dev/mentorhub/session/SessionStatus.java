package dev.mentorhub.session;

import dev.mentorhub.common.Slugged;

/** Where a session stands: asked for, agreed, turned down, called off, and afterwards whether it took place. */
public enum SessionStatus implements Slugged {
    PROPOSED, CONFIRMED, DECLINED, CANCELLED, HELD, MISSED;

    /** Proposed and confirmed sessions hold both members' time; the others hold nobody's. */
    boolean holdsTime() {
        return this == PROPOSED || this == CONFIRMED;
    }

    @Override
    public String slug() {
        return Slugged.slugOf(this);
    }
}
