package dev.mentorhub.program.admin;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.Roles;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.Pager;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.program.OrganizationDto;
import dev.mentorhub.program.OrganizationService;
import dev.mentorhub.program.ProgramConflictException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Platform admins' page for organizations: create one, appoint admins by email, dismiss them. */
@Path("/admin/organizations")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class OrganizationAdminPages {

    private static final String BASE = "/admin/organizations";

    private final OrganizationService organizations;
    private final MemberRepository members;
    private final AdminSupport support;

    OrganizationAdminPages(OrganizationService organizations, MemberRepository members, AdminSupport support) {
        this.organizations = organizations;
        this.members = members;
        this.support = support;
    }

    /** One organization in the list; {@code appointEmail} and {@code error} echo a refused appointment. */
    public record Row(OrganizationDto org, String created, String appointEmail, String error) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance index(List<Row> rows, Pager pager, String name, Map<String, String> errors);
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public TemplateInstance index(@RestQuery Integer page) {
        return index(page, "", Map.of(), null, "", "");
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Response create(@RestForm String name) {
        try {
            organizations.create(support.caller(), name);
            return seeOther(BASE);
        } catch (InvalidInputException e) {
            return AdminSupport.page(400, index(0, name, support.localized(e.errors()), null, "", ""));
        } catch (ProgramConflictException e) {
            return AdminSupport.page(409, index(0, name, Map.of("name", support.messages().error(e.type())), null, "",
                    ""));
        }
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Path("{id}/admins")
    public Response appoint(@RestPath UUID id, @RestForm String email, @RestQuery Integer page) {
        Optional<Member> member = email == null || email.isBlank() ? Optional.empty()
                : members.findLiveByEmail(email.strip());
        if (member.isEmpty()) {
            organizations.get(support.caller(), id);
            return AdminSupport.page(400, index(page, "", Map.of(), id, email,
                    support.messages().error("unknown-email")));
        }
        organizations.appoint(support.caller(), id, member.get().id(), null);
        return seeOther(BASE + "#org-" + id);
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Path("{id}/admins/{memberId}/dismiss")
    public Response dismiss(@RestPath UUID id, @RestPath UUID memberId) {
        organizations.dismiss(support.caller(), id, memberId);
        return seeOther(BASE + "#org-" + id);
    }

    private TemplateInstance index(Integer page, String name, Map<String, String> errors, UUID failedOrg,
            String appointEmail, String appointError) {
        List<OrganizationDto> all = organizations.list(support.caller());
        PageRequest p = PageRequest.of(page, AdminSupport.PAGE_SIZE);
        List<Row> rows = all.stream().skip(p.offset()).limit(p.size())
                .map(o -> o.id().equals(failedOrg)
                        ? new Row(o, AdminSupport.when(o.createdAt()), appointEmail, appointError)
                        : new Row(o, AdminSupport.when(o.createdAt()), "", ""))
                .toList();
        Pager pager = Pager.of(p.result(rows, all.size()), BASE + "?");
        return Templates.index(rows, pager, name == null ? "" : name, errors);
    }
}
