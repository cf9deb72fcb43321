package dev.mentorhub.matching;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.RequestLocale;
import dev.mentorhub.matching.SuggestionService.Suggestions;
import dev.mentorhub.program.ProgramService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/matches")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class SuggestionResource {

    private final SuggestionService suggestions;
    private final CurrentMember currentMember;
    private final RequestLocale locale;
    private final ProgramService programs;

    SuggestionResource(SuggestionService suggestions, CurrentMember currentMember, RequestLocale locale,
            ProgramService programs) {
        this.suggestions = suggestions;
        this.currentMember = currentMember;
        this.locale = locale;
        this.programs = programs;
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Suggested for me",
            description = "The best mentors for me (as=mentee), mentees for me (as=mentor) or peers for an exchange"
                    + " (as=peer), each with a score 0..100, the top reasons and the full breakdown. The default is"
                    + " mentee when my profile has that role, else mentor. limit is clamped to 1..50. The reasons are in"
                    + " Simplified Chinese when Accept-Language prefers zh, else in English. With program=<id>, only"
                    + " that program's members are suggested, scored with the program's weights; pairs its rules"
                    + " exclude (same department, one reporting line) are left out.")
    @APIResponse(responseCode = "200", description = "Best first")
    @APIResponse(responseCode = "400", description = "as is not mentee, mentor or peer")
    @APIResponse(responseCode = "404", description = "No profile yet, my profile lacks the role asked for, or no "
            + "such program")
    @APIResponse(responseCode = "409", description = "I do not belong to the program")
    public Suggestions suggestions(@RestQuery Integer limit, @RestQuery String as, @RestQuery UUID program) {
        SuggestionService.Scope scope = null;
        if (program != null) {
            ProgramService.MatchingScope inProgram = programs.matchingScope(currentMember.caller(), program);
            scope = new SuggestionService.Scope(inProgram.memberIds(), inProgram.weights(), inProgram.answers(),
                    inProgram.rules(), inProgram.departments(), inProgram.reportingLines());
        }
        return suggestions.suggestionsFor(currentMember.member(), SuggestionMode.parse(as),
                SuggestionService.clampLimit(limit), locale.locale(), scope);
    }
}
