package dev.mentorhub.testsupport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** What the database holds, read in a transaction of its own (so a test sees only what others committed). */
public final class Rows {

    private Rows() {
    }

    /** The single number a {@code select count(*) ...} with positional parameters ?1, ?2... gives. */
    public static long count(EntityManager em, String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Query query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
