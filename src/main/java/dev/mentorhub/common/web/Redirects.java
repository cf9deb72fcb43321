package dev.mentorhub.common.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** How a page answers a form post that worked: 303 See Other to a page, so reloading it never posts again. */
public final class Redirects {

    private Redirects() {
    }

    /** 303 to {@code path}, a path on this site ("/requests?tab=sent"). */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
