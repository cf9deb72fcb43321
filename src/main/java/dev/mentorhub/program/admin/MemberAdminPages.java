package dev.mentorhub.program.admin;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.Pager;
import dev.mentorhub.common.web.Problem.FieldError;
import dev.mentorhub.program.MemberOrgRequest;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.ProgramMemberDto;
import dev.mentorhub.program.ProgramRole;
import dev.mentorhub.program.RosterService;
import dev.mentorhub.program.invitation.InvitationDto;
import dev.mentorhub.program.invitation.InvitationService;
import dev.mentorhub.program.invitation.InviteRequest;
import dev.mentorhub.program.invitation.InviteResult;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A program's members for its admins: search, change role, set department and manager, remove; invitations by email
 * and their state.
 */
@Path("/admin/programs/{id}/members")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MemberAdminPages {

    private static final Pattern BACK = Pattern.compile(
            "^/admin/programs/[0-9a-f-]{36}/members\\?[A-Za-z0-9=&%._+-]*$");
    private static final Pattern EMAIL_FIELD = Pattern.compile("^emails\\[(\\d+)]$");

    private final RosterService roster;
    private final InvitationService invitationService;
    private final AdminSupport support;

    MemberAdminPages(RosterService roster, InvitationService invitationService, AdminSupport support) {
        this.roster = roster;
        this.invitationService = invitationService;
        this.support = support;
    }

    /** One member row with their join date readable and the link to edit their department and manager. */
    public record Row(ProgramMemberDto member, String joined, String orgLink) {
    }

    /** The department and manager form as typed, and each refused field's message. */
    public record OrgForm(String department, String managerEmail, Map<String, String> errors) {

        public String error(String field) {
            return errors.getOrDefault(field, "");
        }
    }

    /** One invitation row. */
    public record InvitationRow(InvitationDto invitation, String invited) {
    }

    /** The invite form as typed, and what inviting did or why it was refused. */
    public record InviteForm(String emails, String role, String error, String result) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance list(ProgramDto program, String q, List<Row> members, Pager membersPager,
                List<InvitationRow> invitations, Pager invitationsPager, InviteForm invite, List<String> roles,
                String here);

        static native TemplateInstance org(ProgramDto program, ProgramMemberDto member, OrgForm form, String back);
    }

    @GET
    public TemplateInstance list(@RestPath UUID id, @RestQuery String q, @RestQuery Integer page,
            @RestQuery Integer invitations, @RestQuery Integer invited, @RestQuery Integer skipped) {
        String result = invited == null ? "" : support.messages().invite_result(invited, skipped == null ? 0 : skipped);
        return page(support.administered(id), q, page, invitations, new InviteForm("", "mentee", "", result));
    }

    @POST
    @Path("invite")
    public Response invite(@RestPath UUID id, @RestForm String emails, @RestForm String role) {
        ProgramDto program = support.administered(id);
        List<String> addresses = emails == null ? List.of() : Arrays.stream(emails.split("[\\r\\n,;]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            InviteResult result = invitationService.invite(support.caller(), program.id(),
                    new InviteRequest(addresses, role), support.locale());
            return seeOther(base(program.id()) + "?invited=" + result.invited().size() + "&skipped="
                    + result.alreadyInvited().size() + "#invite");
        } catch (InvalidInputException e) {
            InviteForm form = new InviteForm(emails == null ? "" : emails, role, describe(e.errors(), addresses), "");
            return AdminSupport.page(400, page(program, null, 0, 0, form));
        }
    }

    @POST
    @Path("{memberId}/role")
    public Response changeRole(@RestPath UUID id, @RestPath UUID memberId, @RestForm String role,
            @RestForm String back) {
        roster.changeRole(support.caller(), id, memberId, role);
        return seeOther(back(id, back));
    }

    @GET
    @Path("{memberId}/org")
    public TemplateInstance org(@RestPath UUID id, @RestPath UUID memberId, @RestQuery String back) {
        ProgramDto program = support.administered(id);
        ProgramMemberDto member = roster.member(support.caller(), program.id(), memberId);
        return Templates.org(program, member, new OrgForm(member.department() == null ? "" : member.department(),
                member.managerEmail() == null ? "" : member.managerEmail(), Map.of()), back(id, back));
    }

    @POST
    @Path("{memberId}/org")
    public Response changeOrg(@RestPath UUID id, @RestPath UUID memberId, @RestForm String department,
            @RestForm String managerEmail, @RestForm String back) {
        ProgramDto program = support.administered(id);
        try {
            roster.changeOrg(support.caller(), program.id(), memberId,
                    new MemberOrgRequest(department, managerEmail));
            return seeOther(back(id, back));
        } catch (InvalidInputException e) {
            ProgramMemberDto member = roster.member(support.caller(), program.id(), memberId);
            OrgForm form = new OrgForm(department == null ? "" : department,
                    managerEmail == null ? "" : managerEmail, support.localized(e.errors()));
            return AdminSupport.page(400, Templates.org(program, member, form, back(id, back)));
        }
    }

    @POST
    @Path("{memberId}/remove")
    public Response remove(@RestPath UUID id, @RestPath UUID memberId, @RestForm String back) {
        roster.remove(support.caller(), id, memberId);
        return seeOther(back(id, back));
    }

    private TemplateInstance page(ProgramDto program, String q, Integer page, Integer invitationsPage,
            InviteForm invite) {
        Caller caller = support.caller();
        String search = q == null ? "" : q.strip();
        PageRequest p = PageRequest.of(page, AdminSupport.PAGE_SIZE);
        PageRequest ip = PageRequest.of(invitationsPage, AdminSupport.PAGE_SIZE);
        PageDto<ProgramMemberDto> members = roster.members(caller, program.id(), search, p);
        PageDto<InvitationDto> invitations = invitationService.invitations(caller, program.id(), ip);
        String base = base(program.id()) + "?q=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&";
        String here = base + "page=" + p.page() + "&invitations=" + ip.page();
        String backHere = URLEncoder.encode(here, StandardCharsets.UTF_8);
        return Templates.list(program, search,
                members.items().stream().map(m -> new Row(m, AdminSupport.when(m.joinedAt()),
                        base(program.id()) + "/" + m.memberId() + "/org?back=" + backHere)).toList(),
                Pager.of(members, base + "invitations=" + ip.page() + "&"),
                invitations.items().stream().map(i -> new InvitationRow(i, AdminSupport.when(i.invitedAt()))).toList(),
                Pager.of(invitations, base + "page=" + p.page() + "&", "invitations"), invite,
                Arrays.stream(ProgramRole.values()).map(ProgramRole::slug).toList(), here);
    }

    /** "These are not email addresses: a, b" for bad lines, else the message for the field that is wrong. */
    private String describe(List<FieldError> errors, List<String> addresses) {
        AdminMessages msg = support.messages();
        List<String> bad = errors.stream().map(e -> EMAIL_FIELD.matcher(e.field())).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).filter(i -> i < addresses.size()).map(addresses::get).toList();
        if (!bad.isEmpty()) {
            return msg.error("bad-emails") + " " + String.join(", ", bad);
        }
        return String.join(" ", support.localized(errors).values());
    }

    /** Back to the list page the admin acted from; anything but a path of this program's members is ignored. */
    private static String back(UUID programId, String back) {
        String base = base(programId);
        return back != null && BACK.matcher(back).matches() && back.startsWith(base + "?") ? back : base;
    }

    private static String base(UUID programId) {
        return "/admin/programs/" + programId + "/members";
    }
}
