package dev.mentorhub.common.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import org.jboss.resteasy.reactive.RestQuery;

/** The language switch in the page header: remembers the choice in a cookie and goes back to where the user was. */
@Path("/language")
public class LanguagePages {

    private static final URI HOME = URI.create("/");

    @GET
    @Path("{tag}")
    public Response choose(@PathParam("tag") String tag, @RestQuery String back) {
        if (RequestLocale.supportedOrNull(tag) == null) {
            throw new NotFoundException();
        }
        NewCookie cookie = new NewCookie.Builder(RequestLocale.COOKIE).value(tag).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(localPathOrHome(back)).cookie(cookie).build();
    }

    /**
     * {@code back} when it is a path of this site, else the home page: never another site (no open redirect), and
     * never a failure, whatever the query held (spaces, control characters, broken escapes, backslashes).
     */
    static URI localPathOrHome(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return HOME;
        }
        try {
            URI uri = new URI(back);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")) {
                return HOME;
            }
            return URI.create(uri.toASCIIString());
        } catch (URISyntaxException e) {
            return HOME;
        }
    }
}
