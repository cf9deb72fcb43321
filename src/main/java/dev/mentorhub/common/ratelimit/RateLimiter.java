package dev.mentorhub.common.ratelimit;

import dev.mentorhub.common.web.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Counts actions per subject in fixed windows (a day: from 00:00 UTC) in the database, so the count holds across
 * app instances. {@link #consume} runs in the caller's transaction: one atomic {@code INSERT ... ON CONFLICT DO
 * UPDATE ... RETURNING} adds to the window's row and reads the new total. Over the limit it throws, which rolls the
 * caller's transaction back and the addition with it: refused attempts never count, and neither do actions whose
 * transaction failed. Concurrent callers for one subject queue on the row's lock, so exactly the limit gets through.
 */
@ApplicationScoped
public class RateLimiter {

    /** What is limited: the counter's bucket, the window, and the refusal's problem type and message. */
    public record Limit(String bucket, int max, Duration window, String problemType, String message) {

        public Limit {
            if (window.toSeconds() < 1 || max < 0) {
                throw new IllegalArgumentException("a limit needs a window of at least a second and a max >= 0");
            }
        }
    }

    private final EntityManager em;
    private final Clock clock;

    RateLimiter(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Adds {@code amount} to {@code subject}'s count in the current window of {@code limit}, or refuses with
     * {@link TooManyRequestsException} (429, retry when the window ends) when that would pass {@code limit.max()}.
     * An amount above the whole limit is refused the same way, without counting.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consume(Limit limit, UUID subject, int amount) {
        if (amount <= 0) {
            return;
        }
        Instant now = clock.instant();
        long windowSeconds = limit.window().toSeconds();
        Instant windowStart = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), windowSeconds) * windowSeconds);
        Instant windowEnd = windowStart.plus(limit.window());
        if (amount > limit.max()) {
            throw refusal(limit, now, windowEnd);
        }
        int used = ((Number) em.createNativeQuery("""
                insert into rate_limit_counter (bucket, subject_id, window_start, used)
                values (:bucket, :subject, :windowStart, :amount)
                on conflict (bucket, subject_id, window_start) do update set used = rate_limit_counter.used + :amount
                returning used
                """)
                .setParameter("bucket", limit.bucket())
                .setParameter("subject", subject)
                .setParameter("windowStart", windowStart)
                .setParameter("amount", amount)
                .getSingleResult()).intValue();
        if (used > limit.max()) {
            throw refusal(limit, now, windowEnd);
        }
        // Earlier windows of this subject are history; the row lock above already serialises this subject.
        em.createNativeQuery("delete from rate_limit_counter where bucket = :bucket and subject_id = :subject"
                + " and window_start < :windowStart")
                .setParameter("bucket", limit.bucket())
                .setParameter("subject", subject)
                .setParameter("windowStart", windowStart)
                .executeUpdate();
    }

    private static TooManyRequestsException refusal(Limit limit, Instant now, Instant windowEnd) {
        return new TooManyRequestsException(limit.problemType(), limit.message(), Duration.between(now, windowEnd));
    }
}
