package dev.mentorhub.program.mentorships;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.program.ProgramDto;
import dev.mentorhub.program.ProgramService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;

/** /admin/programs/{id}/mentorships: the program's mentorships for its admins, filtered by status, paged. */
@Path("/admin/programs")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ProgramMentorshipPages {

    static final List<String> FILTERS = List.of("", "active", "ended");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final ProgramMentorships mentorships;
    private final ProgramService programs;
    private final CurrentMember currentMember;

    ProgramMentorshipPages(ProgramMentorships mentorships, ProgramService programs, CurrentMember currentMember) {
        this.mentorships = mentorships;
        this.programs = programs;
        this.currentMember = currentMember;
    }

    public record MentorshipsView(ProgramDto program, String status, PageDto<ProgramMentorship> mentorships) {

        public List<String> filters() {
            return FILTERS;
        }

        public String day(Instant instant) {
            return instant == null ? "" : DAY.format(instant);
        }

        /** Active, or how it ended. */
        public String statusOf(ProgramMentorship m) {
            return m.outcome() != null ? m.outcome() : m.status();
        }

        public String pageBase() {
            return "/admin/programs/" + program.id() + "/mentorships?status=" + status + "&";
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance list(MentorshipsView view);
    }

    @GET
    @Path("{id}/mentorships")
    public TemplateInstance list(@PathParam("id") UUID id, @RestQuery String status, @RestQuery Integer page) {
        Caller caller = currentMember.caller();
        ProgramDto program = programs.administered(caller, id);
        String shown = status != null && FILTERS.contains(status) ? status : "";
        return Templates.list(new MentorshipsView(program, shown,
                mentorships.list(caller, id, shown, PageRequest.of(page, 20))));
    }
}
