package dev.mentorhub.program.admin;

import dev.mentorhub.audit.AuditEventDto;
import dev.mentorhub.audit.AuditLog;
import dev.mentorhub.common.security.Roles;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.Pager;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

/** Every organization's audit log, for platform admins; each event links to its program's log. */
@Path("/admin/audit")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PlatformAuditPages {

    private final AuditLog audit;
    private final AuditRows rows;
    private final AdminSupport support;

    PlatformAuditPages(AuditLog audit, AuditRows rows, AdminSupport support) {
        this.audit = audit;
        this.rows = rows;
        this.support = support;
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public TemplateInstance all(@RestQuery Integer page) {
        PageDto<AuditEventDto> events = audit.all(PageRequest.of(page, AdminSupport.PAGE_SIZE));
        return AuditAdminPages.Templates.list(null, rows.rows(events, support.messages().audit_unknown_actor()),
                Pager.of(events, "/admin/audit?"));
    }
}
