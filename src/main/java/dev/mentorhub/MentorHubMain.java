package dev.mentorhub;

import dev.mentorhub.common.local.LocalServices;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point for {@code quarkus:dev} and {@code java -jar}: before Quarkus reads its configuration, bring up the
 * embedded PostgreSQL and the local Keycloak unless external ones are configured (see {@link LocalServices}).
 * Tests do not pass through here; they start the same services from their own test resources.
 */
@QuarkusMain
public class MentorHubMain {

    public static void main(String... args) {
        try {
            LocalServices.startUnlessExternal();
        } catch (LocalServices.RefusedException e) {
            System.err.println("[mentorhub] " + e.getMessage());
            System.exit(1);
        }
        Quarkus.run(args);
    }
}
