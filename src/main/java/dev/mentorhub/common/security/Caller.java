package dev.mentorhub.common.security;

import dev.mentorhub.member.Member;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Who is asking, as the program and event rules need it: the member, whether they run the platform or organize
 * events (realm roles), their email and groups. Built once per request by {@link CurrentMember#caller()}; services
 * take it as their first argument.
 */
public record Caller(UUID memberId, String email, boolean platformAdmin, Set<String> groups, boolean organizer) {

    /** A caller without the organizer role. */
    public Caller(UUID memberId, String email, boolean platformAdmin, Set<String> groups) {
        this(memberId, email, platformAdmin, groups, false);
    }

    static Caller of(CurrentMember current) {
        Member member = current.member();
        return new Caller(member.id(), member.trustedEmail(), current.isPlatformAdmin(), current.groups(),
                current.isOrganizer());
    }

    /** The lower-cased domain of the caller's email, or empty. */
    public String emailDomain() {
        if (email == null || email.indexOf('@') < 0) {
            return "";
        }
        return email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
