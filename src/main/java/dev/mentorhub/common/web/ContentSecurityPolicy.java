package dev.mentorhub.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Content-Security-Policy of every page: our pages run no inline script, and forms may go to this site and to
 * the configured Keycloak only (signing in and out leave for its origin: {@code http://localhost:8180} in dev mode,
 * the operator's {@code QUARKUS_OIDC_AUTH_SERVER_URL} in production). Built in code because the origin is derived
 * from that URL. Swagger UI under {@code /q/} runs inline script, so the policy skips {@code /q/}.
 */
@ApplicationScoped
class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";
    private static final int PRIORITY = 100;

    private final String policy;

    ContentSecurityPolicy(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String keycloakUrl) {
        this.policy = policyFor(keycloakUrl);
    }

    void addToEveryPage(@Observes Filters filters) {
        filters.register(rc -> {
            if (!rc.normalizedPath().startsWith("/q/")) {
                rc.response().putHeader(HEADER, policy);
            }
            rc.next();
        }, PRIORITY);
    }

    static String policyFor(String keycloakUrl) {
        return "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; "
                + "form-action 'self' " + origin(keycloakUrl) + ";";
    }

    /** {@code scheme://host[:port]} of a URL. */
    static String origin(String url) {
        URI uri = URI.create(url.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute URL: " + url);
        }
        return (uri.getScheme() + "://" + uri.getHost()).toLowerCase() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
