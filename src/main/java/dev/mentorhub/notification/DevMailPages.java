package dev.mentorhub.notification;

import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Dev mode only: the mail the outbox holds and has sent, newest first. The class exists only in the dev build
 * profile, so in tests and production {@code /dev/mail} is an unknown path (404). English only: a developer tool.
 */
@IfBuildProfile("dev")
@Path("/dev/mail")
@Produces(MediaType.TEXT_HTML)
public class DevMailPages {

    static final int PAGE_SIZE = 50;

    private final OutboxRepository outbox;

    DevMailPages(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance list(PageDto<OutboxRepository.Row> messages);

        static native TemplateInstance show(OutboxRepository.Details message);
    }

    @GET
    public TemplateInstance list(@QueryParam("page") Integer page) {
        return Templates.list(outbox.newestFirst(PageRequest.of(page, PAGE_SIZE)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        return Templates.show(outbox.details(id).orElseThrow(NotFoundException::new));
    }

    /** The HTML body on its own, sandboxed: no scripts, no forms, no same-origin access. */
    @GET
    @Path("{id}/html")
    public Response html(@RestPath UUID id) {
        OutboxRepository.Details message = outbox.details(id).orElseThrow(NotFoundException::new);
        return Response.ok(message.html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src data: https:; style-src 'unsafe-inline'")
                .build();
    }
}
