package dev.mentorhub.common.security;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Ends a page session: clears MentorHub's session cookie and gives the address of Keycloak's end-session endpoint
 * (RP-initiated logout), which ends the Keycloak session too and sends the browser back to {@code returnTo}. Used by
 * the sign-out form and after account deletion; quarkus.oidc.logout.path is not set, since Quarkus signs out on any
 * request to that path, GETs included.
 */
@ApplicationScoped
public class SignOut {

    private final OidcSession session;
    private final OidcConfigurationMetadata provider;

    SignOut(OidcSession session, OidcConfigurationMetadata provider) {
        this.session = session;
        this.provider = provider;
    }

    /** Where to send the browser next; without a code-flow session (nothing to end) that is {@code returnTo}. */
    public Uni<URI> end(URI returnTo) {
        JsonWebToken idToken = session.getIdToken();
        String raw = idToken == null ? null : idToken.getRawToken();
        if (raw == null) {
            return Uni.createFrom().item(returnTo);
        }
        URI endSession = UriBuilder.fromUri(provider.getEndSessionUri()).queryParam("id_token_hint", raw)
                .queryParam("post_logout_redirect_uri", returnTo.toString()).build();
        return session.logout().replaceWith(endSession);
    }
}
