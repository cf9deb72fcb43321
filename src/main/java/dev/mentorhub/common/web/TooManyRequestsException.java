package dev.mentorhub.common.web;

import java.time.Duration;
import java.util.Locale;

/**
 * A limit was reached; the same action may succeed after {@link #retryAfter()}. {@link ErrorMappers} answers 429 with
 * a {@code Retry-After} header (whole seconds) on the API and on pages, and the error page says when to try again.
 */
public class TooManyRequestsException extends DomainException {

    private final String type;
    private final Duration retryAfter;

    public TooManyRequestsException(String type, String message, Duration retryAfter) {
        super(429, message);
        this.type = type;
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    /** How long until the limit lets the action through again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@link #retryAfter()} in whole seconds, rounded up and at least 1, as the {@code Retry-After} header wants. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(ErrorMessages.class, locale).too_many();
    }

    @Override
    public String type() {
        return type;
    }
}
