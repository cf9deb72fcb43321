package dev.mentorhub.member;

import java.util.Set;

/**
 * What the identity provider tells us about the caller, independent of how they authenticated.
 *
 * @param email the address the provider verified ({@code email_verified}), or {@code null}: an unverified address is
 *     never trusted, so it is not even kept
 * @param nameClaimed whether the token named the person ({@code name}); if not, the stored display name stays
 * @param emailClaimed whether the token said anything about the email ({@code email} or {@code email_verified}); if
 *     not, the stored email stays
 */
public record SignedInIdentity(String subject, String username, String displayName, String email, Set<String> roles,
        boolean nameClaimed, boolean emailClaimed) {

    /** An identity known in full (demo data, tests): its name and email replace the stored ones. */
    public SignedInIdentity(String subject, String username, String displayName, String email, Set<String> roles) {
        this(subject, username, displayName, email, roles, true, true);
    }
}
