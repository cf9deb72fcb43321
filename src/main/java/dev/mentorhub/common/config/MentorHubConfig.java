package dev.mentorhub.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Application settings under {@code mentorhub.*}; every one has a default and an environment variable form. */
@ConfigMapping(prefix = "mentorhub")
public interface MentorHubConfig {

    MemberSettings member();

    ProfileSettings profile();

    /** The email outbox and its worker (see dev.mentorhub.notification). */
    OutboxSettings outbox();

    /** Match requests and mentorships (see dev.mentorhub.mentorship). */
    RequestSettings requests();

    /** Limits against spam and harassment, counted in the database (see dev.mentorhub.common.ratelimit). */
    RateLimitSettings rateLimits();

    /** Invitations to programs (see dev.mentorhub.program.MembershipService). */
    InvitationSettings invitations();

    /** The demo population of the run command (dev mode only; see dev.mentorhub.demo.DemoData). */
    DemoDataSettings demoData();

    /** Read by the launcher before Quarkus starts (see LocalServices); declared here so they are documented and valid. */
    DatabaseSettings db();

    /** Read by the launcher before Quarkus starts (see LocalServices). */
    KeycloakSettings keycloak();

    interface MemberSettings {
        /** How often, at most, a member's "last seen" time is written. */
        @WithDefault("PT5M")
        Duration lastSeenResolution();
    }

    interface ProfileSettings {
        /** A mentor not seen for this long is labelled inactive and listed last in the directory. */
        @WithDefault("P30D")
        Duration inactiveAfter();
    }

    interface OutboxSettings {
        /** Run the worker on this instance; tests switch it off and drive it themselves. */
        @WithDefault("true")
        boolean enabled();

        /** How often the worker looks for mail to send. */
        @WithDefault("PT5S")
        Duration interval();

        /** How many messages one worker claims at a time. */
        @WithDefault("20")
        int batchSize();

        /** How long a claim holds; a message whose worker died is claimable again after it. */
        @WithDefault("PT2M")
        Duration lease();

        /** Sending attempts before a message is given up as FAILED. */
        @WithDefault("5")
        int maxAttempts();

        /** Wait before the first retry; each further retry waits twice as long. */
        @WithDefault("PT30S")
        Duration retryBackoff();

        /** The right-hand side of the Message-ID header: a domain the deployment owns. */
        @WithDefault("mentorhub.localhost")
        String messageIdDomain();

        /** Links in mail point here: the address people use to reach the app. */
        @WithDefault("http://localhost:8080")
        String linkBaseUrl();
    }

    interface RequestSettings {
        /** How many PENDING requests one member may have sent at a time. */
        @WithDefault("3")
        int maxOpen();

        /** A request nobody answered expires after this long; the mentor is reminded halfway. */
        @WithDefault("P14D")
        Duration expireAfter();

        /** Run the expiry job on this instance; tests switch it off and call it themselves. */
        @WithDefault("true")
        boolean expiryEnabled();
    }

    interface RateLimitSettings {
        /** How many requests one member may send per day (UTC), withdrawn ones included. */
        @WithDefault("10")
        int requestsPerDay();

        /** After a request to someone was withdrawn, declined or expired, no new request to them for this long. */
        @WithDefault("P7D")
        Duration requestCooldown();

        /** How many invitations (addresses, by call or CSV import) one organization may send per day (UTC). */
        @WithDefault("500")
        int invitationsPerDay();
    }

    interface InvitationSettings {
        /** An invitation not accepted within this long expires; inviting the address again renews it. */
        @WithDefault("P30D")
        Duration expireAfter();
    }

    interface DemoDataSettings {
        /** Create the demo population at start when there is none; only dev mode honours it. */
        @WithDefault("false")
        boolean enabled();

        /**
         * Honour {@link #enabled()} outside dev mode too: for benchmarks of the packaged app on a throwaway database
         * (src/bench/wrk). Never set it in production.
         */
        @WithDefault("false")
        boolean outsideDevMode();

        /** The same seed always gives the same people. */
        @WithDefault("42")
        long seed();

        @WithDefault("60")
        int mentors();

        @WithDefault("150")
        int mentees();

        /** Members who are mentor and mentee at once. */
        @WithDefault("25")
        int both();
    }

    interface DatabaseSettings {
        /**
         * Start the embedded PostgreSQL when no QUARKUS_DATASOURCE_JDBC_URL is set. Unset: yes in dev mode, refused
         * by the packaged app in production; {@code true} starts it there too; {@code false} never.
         */
        Optional<Boolean> embedded();

        /** Where the embedded PostgreSQL keeps its data; kept across restarts. */
        @WithDefault("data/postgres")
        String dataDir();

        @WithDefault("54329")
        int port();
    }

    interface KeycloakSettings {
        /**
         * Start the local Keycloak when no QUARKUS_OIDC_AUTH_SERVER_URL is set. Unset: yes in dev mode, refused by the
         * packaged app in production; {@code true}: a local trial, which production also allows the localhost URLs
         * and the development client secret (see common.local.ProductionChecks); {@code false} never.
         */
        Optional<Boolean> local();

        /** The unpacked keycloak-quarkus-dist (the build unpacks it here). */
        @WithDefault("target/keycloak/keycloak-26.5.6")
        String dist();

        @WithDefault("deploy/keycloak/mentorhub-realm.json")
        String realmFile();

        /** The demo accounts only the local Keycloak gets, added to the realm file on import. */
        @WithDefault("deploy/keycloak/dev/mentorhub-users.json")
        String devUsersFile();

        @WithDefault("8180")
        int port();
    }
}
