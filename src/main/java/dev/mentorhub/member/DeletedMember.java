package dev.mentorhub.member;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A member being deleted: the (already anonymised) row, and what identified them before, so that every feature can
 * find and erase it: their email, user name, OIDC subject and the names they went by (account and profile).
 */
public record DeletedMember(Member member, String subject, String username, String email, Set<String> names) {

    /** Shown wherever a deleted member is mentioned (the anonymised row's name is the same words). */
    public static final String REDACTED = "deleted member";

    public DeletedMember {
        names = Set.copyOf(names);
    }

    public UUID id() {
        return member.id();
    }

    /** Every non-blank string that identifies the person, lower-cased, to look for in free text. */
    public Set<String> identifiers() {
        Set<String> all = new LinkedHashSet<>();
        for (String s : names) {
            add(all, s);
        }
        add(all, email);
        add(all, username);
        add(all, subject);
        return all;
    }

    /**
     * True when {@code value} (a recorded value, such as an audit state's field) names the person: it is one of their
     * identifiers, or contains their email or subject. Names and user names must match whole, so a short user name
     * like "ada" does not redact "Canada".
     */
    public boolean isNamedIn(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return identifiers().contains(lower) || contains(lower, email) || contains(lower, subject);
    }

    private static boolean contains(String lower, String part) {
        return part != null && !part.isBlank() && lower.contains(part.strip().toLowerCase(Locale.ROOT));
    }

    private static void add(Set<String> all, String value) {
        if (value != null && !value.isBlank()) {
            all.add(value.strip().toLowerCase(Locale.ROOT));
        }
    }
}
