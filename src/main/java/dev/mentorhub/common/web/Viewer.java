package dev.mentorhub.common.web;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.security.Roles;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What every page's layout needs to know about the person looking at it: {@code {inject:viewer.signedIn}}. */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;
    private final CurrentMember currentMember;
    private final RequestLocale requestLocale;
    private final CurrentVertxRequest currentRequest;
    private final AdminAreas adminAreas;
    private final CsrfTokenParameterProvider csrf;
    private Boolean anyAdmin;

    Viewer(SecurityIdentity identity, CurrentMember currentMember, RequestLocale requestLocale,
            CurrentVertxRequest currentRequest, AdminAreas adminAreas, CsrfTokenParameterProvider csrf) {
        this.identity = identity;
        this.currentMember = currentMember;
        this.requestLocale = requestLocale;
        this.currentRequest = currentRequest;
        this.adminAreas = adminAreas;
        this.csrf = csrf;
    }

    /** Where the language switch returns to: this page when it was a GET, else the landing page. */
    public String getBackPath() {
        if (currentRequest.getCurrent() == null) {
            return "/";
        }
        HttpServerRequest request = currentRequest.getCurrent().request();
        if (request.method() != HttpMethod.GET) {
            return "/";
        }
        String query = request.query();
        return URLEncoder.encode(request.path() + (query == null ? "" : "?" + query), StandardCharsets.UTF_8);
    }

    /**
     * The CSRF token that every page form carries (the {@code {#form}} tag), or "" when the request has none: an error
     * page rendered for a refused POST (or an unknown address) has no token, and {@code inject:csrf.token} would fail
     * there, in the header's sign-out form.
     */
    public String getFormToken() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException | ContextNotActiveException e) {
            return "";
        }
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

    /**
     * Whether the admin area is for this viewer: platform admins without a query, organization admins with one
     * (once per request), visitors never. On the IO thread (early error pages) the database is out of reach: no.
     */
    public boolean isAnyAdmin() {
        if (!isSignedIn()) {
            return false;
        }
        if (isPlatformAdmin()) {
            return true;
        }
        if (anyAdmin == null) {
            if (!BlockingOperationControl.isBlockingAllowed()) {
                return false;
            }
            anyAdmin = adminAreas.isAnyAdmin(currentMember.caller());
        }
        return anyAdmin;
    }

    public String getLanguage() {
        return requestLocale.languageTag();
    }
}
