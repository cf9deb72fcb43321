package dev.mentorhub.common.web;

import dev.mentorhub.common.security.Caller;

/**
 * Whether someone administers anything (an organization, or the platform), which decides whether the header shows the
 * admin link. Programs implement it: the page chrome must not depend on the program feature's classes.
 */
public interface AdminAreas {

    boolean isAnyAdmin(Caller caller);
}
