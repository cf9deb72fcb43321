package dev.mentorhub.program.imports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What checking (or importing) a file found: rows read, rows without problems, every problem in file order, and
 * whether the rows were imported ({@code invited} invitations then).
 */
public record ImportReport(int totalRows, int validRows, List<ImportProblem> problems, boolean imported,
        int invited) {

    static ImportReport checked(int totalRows, int validRows, List<ImportProblem> problems) {
        return new ImportReport(totalRows, validRows, List.copyOf(problems), false, 0);
    }

    ImportReport asImported(int invitations) {
        return new ImportReport(totalRows, validRows, problems, true, invitations);
    }

    /** Nothing wrong and something to import. */
    public boolean importable() {
        return problems.isEmpty() && totalRows > 0;
    }

    public int rowsWithProblems() {
        return totalRows - validRows;
    }

    /** How many problems of each kind, by code. */
    public Map<String, Integer> countsByCode() {
        Map<String, Integer> counts = new TreeMap<>();
        problems.forEach(p -> counts.merge(p.code(), 1, Integer::sum));
        return counts;
    }
}
