package dev.mentorhub.common.web;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** What every page's layout needs to know about the person looking at it: {@code {inject:viewer.signedIn}}. */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;
    private final CurrentMember currentMember;
    private final RequestLocale requestLocale;

    Viewer(SecurityIdentity identity, CurrentMember currentMember, RequestLocale requestLocale) {
        this.identity = identity;
        this.currentMember = currentMember;
        this.requestLocale = requestLocale;
    }

    public boolean isSignedIn() {
        return currentMember.isSignedIn();
    }

    public String getDisplayName() {
        return isSignedIn() ? currentMember.member().displayName() : "";
    }

    public boolean isPlatformAdmin() {
        return identity.hasRole(Roles.PLATFORM_ADMIN);
    }

    public String getLanguage() {
        return requestLocale.languageTag();
    }
}
