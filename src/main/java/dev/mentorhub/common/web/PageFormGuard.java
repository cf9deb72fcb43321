package dev.mentorhub.common.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every unsafe request to a page (any path outside {@code /api/}) must carry a CSRF token, whatever its content type.
 * quarkus-rest-csrf verifies the token of every form-encoded and multipart body (and refuses one without a valid
 * token with 400), but with {@code require-form-url-encoded=false}, which the JSON API needs, it lets any other body
 * through unchecked, and it has no setting to exempt a path. So this filter refuses every unsafe page request whose
 * body is not a form: a {@code text/plain} or JSON body, or none at all, never reaches a page method, whether or not
 * the method declares {@code @Consumes}. What is left is a form, which the extension checks. The two filters do not
 * depend on each other's order: either one's refusal ends the request. A request the browser marks
 * {@code Sec-Fetch-Site: cross-site} is refused even with a token, since no MentorHub form is posted from another site.
 *
 * <p>{@code /api/} is exempt: its OIDC tenant accepts bearer tokens only, never the session cookie, so a forged
 * cross-site request carries no identity there.
 */
class PageFormGuard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    void requireForm(ContainerRequestContext request, RoutingContext routing) {
        if (SAFE_METHODS.contains(request.getMethod()) || routing.normalizedPath().startsWith("/api/")) {
            return;
        }
        boolean crossSite = "cross-site".equalsIgnoreCase(request.getHeaderString("Sec-Fetch-Site"));
        if (crossSite || !isForm(request.getMediaType())) {
            throw new FormTokenException();
        }
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) && !type.isWildcardType()
                && !type.isWildcardSubtype();
    }
}
