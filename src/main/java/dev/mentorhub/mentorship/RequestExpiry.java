package dev.mentorhub.mentorship;

import dev.mentorhub.common.config.MentorHubConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** Every minute: expires requests nobody answered in time and reminds mentors halfway. */
@ApplicationScoped
class RequestExpiry {

    private final MatchRequestService service;
    private final Clock clock;

    RequestExpiry(MatchRequestService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(identity = "request-expiry", every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class)
    void scheduled() {
        run(clock.instant());
    }

    /** One pass as of {@code now}; tests call it with the time they need. */
    int run(Instant now) {
        int changed = service.expireAndRemind(now);
        if (changed > 0) {
            Log.infof("Request expiry: %d request(s) expired or reminded", changed);
        }
        return changed;
    }

    /** Tests switch the schedule off ({@code mentorhub.requests.expiry-enabled=false}). */
    @Singleton
    static class Disabled implements Scheduled.SkipPredicate {

        private final MentorHubConfig config;

        Disabled(MentorHubConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.requests().expiryEnabled();
        }
    }
}
