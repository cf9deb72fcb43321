package dev.mentorhub.program.imports;

import static dev.mentorhub.common.web.Redirects.seeOther;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.RequestLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The program admins' import page: upload or paste a CSV file, see the dry run's report, then confirm the import of
 * exactly the checked content (it travels back in a hidden field). Anyone else gets 404, as everywhere in programs.
 */
@Path("/admin/programs/{id}/import")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ImportPages {

    /** Row problems shown on the page; the counts above the table cover all of them. */
    static final int MAX_SHOWN = 500;

    private final ImportService imports;
    private final CurrentMember currentMember;
    private final RequestLocale locale;

    ImportPages(ImportService imports, CurrentMember currentMember, RequestLocale locale) {
        this.imports = imports;
        this.currentMember = currentMember;
        this.locale = locale;
    }

    /** The upload form: a file, or text pasted into {@code csv} (used when no file is chosen). */
    public record UploadForm(@RestForm FileUpload file, @RestForm String csv) {
    }

    public record Count(String code, int count) {
    }

    /** The report as the page shows it: file problems, counts by kind, and the first {@link #MAX_SHOWN} row problems. */
    public record ReportView(int totalRows, int validRows, int rowsWithProblems, boolean importable,
            List<ImportProblem> fileProblems, List<ImportProblem> rowProblems, int notShown, List<Count> counts) {

        static ReportView of(ImportReport report) {
            List<ImportProblem> rows = report.problems().stream().filter(p -> !p.fileLevel()).toList();
            return new ReportView(report.totalRows(), report.validRows(), report.rowsWithProblems(),
                    report.importable(), report.problems().stream().filter(ImportProblem::fileLevel).toList(),
                    rows.subList(0, Math.min(rows.size(), MAX_SHOWN)), Math.max(0, rows.size() - MAX_SHOWN),
                    report.countsByCode().entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList());
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance page(UUID programId, String programName, String csv, ReportView report);

        static native TemplateInstance done(UUID programId, String programName, int invited);
    }

    @GET
    public TemplateInstance form(@RestPath UUID id) {
        return Templates.page(id, imports.programName(currentMember.caller(), id), "", null);
    }

    /** The dry run: the report, with the confirm button when every row is fine. */
    @POST
    public TemplateInstance check(@RestPath UUID id, @BeanParam UploadForm form) {
        byte[] csv = content(form);
        ImportReport report = imports.check(currentMember.caller(), id, csv);
        return Templates.page(id, imports.programName(currentMember.caller(), id), shown(csv), ReportView.of(report));
    }

    @POST
    @Path("confirm")
    public Response confirm(@RestPath UUID id, @RestForm String csv) {
        byte[] bytes = csv == null ? new byte[0] : csv.getBytes(StandardCharsets.UTF_8);
        try {
            ImportReport report = imports.importAll(currentMember.caller(), id, bytes, locale.locale());
            return seeOther("/admin/programs/" + id + "/import/done?invited=" + report.invited());
        } catch (ImportRejectedException e) {
            // The file changed between check and confirm (or was edited by hand): show the new report.
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.page(id, imports.programName(currentMember.caller(), id), csv, ReportView.of(e.report())))
                    .build();
        }
    }

    @GET
    @Path("done")
    public TemplateInstance done(@RestPath UUID id, @RestQuery Integer invited) {
        return Templates.done(id, imports.programName(currentMember.caller(), id), invited == null ? 0 : Math.max(0, invited));
    }

    private static byte[] content(UploadForm form) {
        if (form.file() != null && form.file().size() > 0) {
            try {
                return Files.readAllBytes(form.file().uploadedFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return form.csv() == null ? new byte[0] : form.csv().getBytes(StandardCharsets.UTF_8);
    }

    /** The content back in the text area, so it can be fixed in place (a byte order mark is not shown). */
    private static String shown(byte[] csv) {
        if (csv.length > ImportCsv.MAX_BYTES) {
            return "";
        }
        String text = new String(csv, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
