package dev.mentorhub.notification;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class NotificationResource {

    static final int DEFAULT_SIZE = 20;

    private final Notifications notifications;
    private final CurrentMember currentMember;

    NotificationResource(Notifications notifications, CurrentMember currentMember) {
        this.notifications = notifications;
        this.currentMember = currentMember;
    }

    @GET
    @Operation(summary = "My notifications", description = "Newest first, paged (?page=0&size=20).")
    public PageDto<NotificationDto> list(@RestQuery Integer page, @RestQuery Integer size) {
        return notifications.list(currentMember.member(), PageRequest.of(page, size, DEFAULT_SIZE));
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many of my notifications are unread")
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount(currentMember.member()));
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark notifications read", description = "The given ids, or all of mine when the body or "
            + "its ids are absent. Answers the unread count left.")
    @APIResponse(responseCode = "200", description = "Marked")
    @APIResponse(responseCode = "404", description = "An id is unknown or not mine; nothing was marked")
    public UnreadCount read(MarkReadRequest body) {
        return new UnreadCount(notifications.markRead(currentMember.member(), body == null ? null : body.ids()));
    }
}
