package dev.mentorhub.common.persistence;

import dev.mentorhub.common.web.DomainException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Where PostgreSQL keeps an invariant under concurrency (a unique index) and the Java check in front of it only gives
 * the nice message: the loser of a race reaches the index, and this turns that one violation into the refusal the
 * Java check would have given, instead of a 500.
 */
public final class Constraints {

    private Constraints() {
    }

    /**
     * Flushes now, so a violation shows here rather than at commit; a violation of {@code constraint} becomes
     * {@code refusal} (the transaction rolls back as for any refusal), anything else is rethrown.
     */
    public static void flushOr(EntityManager em, String constraint, Supplier<? extends DomainException> refusal) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (violates(e, constraint)) {
                throw refusal.get();
            }
            throw e;
        }
    }

    /** True when {@code e} or one of its causes is a violation of the named constraint or unique index. */
    public static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && constraint.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
