package dev.mentorhub.member;

import java.util.Set;

/** What the identity provider tells us about the caller, independent of how they authenticated. */
public record SignedInIdentity(String subject, String username, String displayName, String email, Set<String> roles) {
}
