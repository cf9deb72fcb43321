package dev.mentorhub.common.security;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberService;
import dev.mentorhub.member.SignedInIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in caller of this request, whether they came through the login page (ID token) or with a bearer token
 * (access token). The member row is created on first use, which is the first request after someone's first login.
 */
@RequestScoped
public class CurrentMember {

    private final SecurityIdentity identity;
    private final MemberService members;
    private Member member;
    private Caller caller;

    CurrentMember(SecurityIdentity identity, MemberService members) {
        this.identity = identity;
        this.members = members;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    /** The caller's member row; only for signed-in callers (endpoints guard with {@code @Authenticated}). */
    public Member member() {
        if (member == null) {
            member = members.signedIn(signedInIdentity());
        }
        return member;
    }

    /** The caller as services need it, built once per request; only for signed-in callers. */
    public Caller caller() {
        if (caller == null) {
            caller = Caller.of(this);
        }
        return caller;
    }

    public Optional<Member> memberIfSignedIn() {
        return isSignedIn() ? Optional.of(member()) : Optional.empty();
    }

    public boolean isPlatformAdmin() {
        return identity.hasRole(Roles.PLATFORM_ADMIN);
    }

    /** Organizers publish events for all members (program admins publish their programs' events). */
    public boolean isOrganizer() {
        return identity.hasRole(Roles.ORGANIZER);
    }

    /** The caller's Keycloak groups (the token's {@code groups} claim, present when the realm maps it). */
    public Set<String> groups() {
        if (identity.getPrincipal() instanceof JsonWebToken token
                && token.getClaim("groups") instanceof Collection<?> groups) {
            return groups.stream().map(g -> g instanceof JsonString js ? js.getString() : String.valueOf(g))
                    .collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    public SignedInIdentity signedInIdentity() {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new IllegalStateException("Expected an OIDC identity, got " + identity.getPrincipal());
        }
        String username = firstNonBlank(token.getClaim("preferred_username"), token.getSubject());
        String displayName = firstNonBlank(token.getClaim("name"), username);
        return new SignedInIdentity(token.getSubject(), username, displayName, verifiedEmail(token),
                identity.getRoles().stream().filter(Roles.ALL::contains).collect(Collectors.toCollection(TreeSet::new)),
                token.getClaim("name") instanceof String name && !name.isBlank(),
                token.containsClaim("email") || token.containsClaim("email_verified"));
    }

    /**
     * The token's {@code email} only when the provider says it verified it: anyone can register any address, so an
     * unverified one proves nothing (email-domain eligibility, invitations and admin appointments rely on it).
     */
    private static String verifiedEmail(JsonWebToken token) {
        Object verified = token.getClaim("email_verified");
        boolean isVerified = verified instanceof Boolean b ? b
                : verified instanceof JsonValue v && v.getValueType() == JsonValue.ValueType.TRUE;
        return isVerified && token.getClaim("email") instanceof String email && !email.isBlank() ? email.trim() : null;
    }

    private static String firstNonBlank(Object preferred, String fallback) {
        return preferred instanceof String s && !s.isBlank() ? s : fallback;
    }
}
