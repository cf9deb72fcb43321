package dev.mentorhub.common.web;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.security.Roles;
import io.quarkus.runtime.BlockingOperationControl;
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

    /**
     * The member's name. Errors raised before the request reaches a worker thread (a 403 from a role check) render
     * their page on the IO thread, where the member row cannot be read; then the name comes from the token.
     */
    public String getDisplayName() {
        if (!isSignedIn()) {
            return "";
        }
        return BlockingOperationControl.isBlockingAllowed()
                ? currentMember.member().displayName()
                : currentMember.signedInIdentity().displayName();
    }

    public boolean isPlatformAdmin() {
        return identity.hasRole(Roles.PLATFORM_ADMIN);
    }

    public String getLanguage() {
        return requestLocale.languageTag();
    }
}
