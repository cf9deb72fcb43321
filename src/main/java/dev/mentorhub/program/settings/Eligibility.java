package dev.mentorhub.program.settings;

import dev.mentorhub.common.Slugged;

/**
 * Who may join: only people holding an invitation or the join link, people whose email is at a domain, or people in
 * a Keycloak group (the token's {@code groups} claim).
 */
public enum Eligibility implements Slugged {
    INVITE_ONLY, EMAIL_DOMAIN, KEYCLOAK_GROUP;

    @Override
    public String slug() {
        return Slugged.slugOf(this);
    }
}
