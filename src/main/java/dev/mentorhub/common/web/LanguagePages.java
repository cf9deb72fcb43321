package dev.mentorhub.common.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestQuery;

/** The language switch in the page header: remembers the choice in a cookie and goes back to where the user was. */
@Path("/language")
public class LanguagePages {

    @GET
    @Path("{tag}")
    public Response choose(@PathParam("tag") String tag, @RestQuery String back) {
        if (RequestLocale.supportedOrNull(tag) == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        NewCookie cookie = new NewCookie.Builder(RequestLocale.COOKIE).value(tag).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(isLocalPath(back) ? back : "/")).cookie(cookie).build();
    }

    /** Only same-site paths, so the switch cannot be used as an open redirect. */
    static boolean isLocalPath(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
    }
}
