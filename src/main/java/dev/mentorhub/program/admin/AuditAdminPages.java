package dev.mentorhub.program.admin;

import dev.mentorhub.audit.AuditEventDto;
import dev.mentorhub.audit.AuditLog;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.Pager;
import dev.mentorhub.program.ProgramDto;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A program's audit log for its admins, newest first, 20 to a page (platform admins: {@link PlatformAuditPages}). */
@Path("/admin/programs/{id}/audit")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AuditAdminPages {

    private final AuditLog audit;
    private final AuditRows rows;
    private final AdminSupport support;

    AuditAdminPages(AuditLog audit, AuditRows rows, AdminSupport support) {
        this.audit = audit;
        this.rows = rows;
        this.support = support;
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance list(ProgramDto program, List<AuditRows.Row> rows, Pager pager);
    }

    @GET
    public TemplateInstance program(@RestPath UUID id, @RestQuery Integer page) {
        ProgramDto program = support.administered(id);
        PageDto<AuditEventDto> events = audit.forProgram(program.id(), PageRequest.of(page, AdminSupport.PAGE_SIZE));
        return Templates.list(program, rows.rows(events, support.messages().audit_unknown_actor()),
                Pager.of(events, "/admin/programs/" + id + "/audit?"));
    }
}
