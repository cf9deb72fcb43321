package dev.mentorhub.program.imports;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.common.web.Problem.FieldError;
import java.util.Locale;

/**
 * An import refused because the file has problems; nothing was written. Each problem becomes one error of the
 * problem+json answer: field {@code "file"} for the whole file, {@code "rows[250].email"} for row 250's email.
 */
public class ImportRejectedException extends DomainException {

    private final transient ImportReport report;

    ImportRejectedException(ImportReport report) {
        super(400, summary(report), report.problems().stream().map(ImportRejectedException::error).toList());
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }

    @Override
    public String text(Locale locale) {
        return Bundles.of(ImportMessages.class, locale).nothing_imported();
    }

    @Override
    public String type() {
        return "import-rejected";
    }

    private static String summary(ImportReport report) {
        if (report.problems().stream().anyMatch(ImportProblem::fileLevel)) {
            return "The file cannot be read as an import; nothing was imported.";
        }
        return report.rowsWithProblems() + " of " + report.totalRows() + " rows have problems; nothing was imported.";
    }

    private static FieldError error(ImportProblem p) {
        return new FieldError(p.fileLevel() ? ImportProblem.FILE : "rows[" + p.row() + "]." + p.field(), p.message());
    }
}
