package dev.mentorhub.program.imports;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.RequestLocale;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;

/** Bulk CSV import of a program's people (its admins): a dry run, then an all-or-nothing import. */
@Path("/api/v1/programs/{id}/imports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ImportResource {

    private final ImportService imports;
    private final CurrentMember currentMember;
    private final RequestLocale locale;

    ImportResource(ImportService imports, CurrentMember currentMember, RequestLocale locale) {
        this.imports = imports;
        this.currentMember = currentMember;
        this.locale = locale;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Check or import a CSV file of people to invite (its admins)",
            description = "UTF-8 CSV with a header row: email (required), name, role (mentee, mentor, both), "
                    + "teach_skills and learn_skills (skill slugs separated by ';'), department. At most 5000 rows "
                    + "and 1 MB. dryRun=true (the default) reports every row's problems and writes nothing; "
                    + "dryRun=false invites every row in one transaction, or nobody if any row has a problem.")
    @APIResponse(responseCode = "200", description = "The report; with dryRun=false, everyone was invited")
    @APIResponse(responseCode = "404", description = "Unknown program, or not mine to administer")
    @APIResponse(responseCode = "409", description = "Addresses were invited by someone else meanwhile; nothing imported")
    @APIResponse(responseCode = "400", description = "dryRun=false and the file has problems, each in errors[]; "
            + "nothing imported")
    @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
    @APIResponse(responseCode = "429", description = "dryRun=false would pass the organization's daily invitation "
            + "limit; nothing imported; Retry-After says in how many seconds")
    public ImportReport upload(@PathParam("id") UUID id, @RestQuery Boolean dryRun, byte[] csv) {
        Caller caller = currentMember.caller();
        if (dryRun == null || dryRun) {
            return imports.check(caller, id, csv);
        }
        return imports.importAll(caller, id, csv, locale.locale());
    }
}
