package dev.mentorhub.common;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for join links, invitations and calendar feeds: 144 random bits, URL-safe. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String next() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
