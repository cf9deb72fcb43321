package dev.mentorhub.program.invitation;

import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.common.ratelimit.RateLimiter;
import dev.mentorhub.program.Program;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * The daily invitation cap of an organization (mentorhub.rate-limits.invitations-per-day), over every program of it,
 * invitations by address and CSV imports alike. Counts the addresses a call asks for, in the caller's transaction:
 * if the call fails, nothing is counted.
 */
@ApplicationScoped
public class InvitationLimit {

    private final RateLimiter limiter;
    private final MentorHubConfig config;

    InvitationLimit(RateLimiter limiter, MentorHubConfig config) {
        this.limiter = limiter;
        this.config = config;
    }

    /** Counts {@code addresses} invitations for the program's organization, or refuses (429) past today's cap. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consume(Program program, int addresses) {
        int max = config.rateLimits().invitationsPerDay();
        limiter.consume(new RateLimiter.Limit("invitations", max, Duration.ofDays(1), "invitation-limit",
                "This organization may send " + max + " invitations a day; this would pass today's limit."),
                program.organizationId(), addresses);
    }
}
