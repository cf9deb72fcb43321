package dev.mentorhub.notification;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;

/** /notifications: my notifications, newest first; opening one marks it read and goes where it points. */
@Path("/notifications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class NotificationPages {

    private final Notifications notifications;
    private final CurrentMember currentMember;

    NotificationPages(Notifications notifications, CurrentMember currentMember) {
        this.notifications = notifications;
        this.currentMember = currentMember;
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance list(PageDto<NotificationDto> page, boolean marked);
    }

    @GET
    public TemplateInstance list(@RestQuery Integer page, @RestQuery boolean marked) {
        return Templates.list(notifications.list(currentMember.member(),
                PageRequest.of(page, NotificationResource.DEFAULT_SIZE)), marked);
    }

    /**
     * Opening a notification marks it read, so it is a form POST (each notification is a small form) rather than a
     * link a GET could follow; then 303 to its page (always a path inside the app).
     */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("id") UUID id) {
        return seeOther(notifications.open(currentMember.member(), id));
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markAllRead() {
        notifications.markRead(currentMember.member(), null);
        return seeOther("/notifications?marked=true");
    }
}
