package dev.mentorhub.common.security;

import java.util.Set;

/** The realm roles MentorHub understands (defined in deploy/keycloak/mentorhub-realm.json). */
public final class Roles {

    public static final String MEMBER = "member";
    public static final String ORGANIZER = "organizer";
    public static final String PROGRAM_ADMIN = "program-admin";
    public static final String PLATFORM_ADMIN = "platform-admin";

    public static final Set<String> ALL = Set.of(MEMBER, ORGANIZER, PROGRAM_ADMIN, PLATFORM_ADMIN);

    private Roles() {
    }
}
