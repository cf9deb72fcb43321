package dev.mentorhub.program.imports;

import dev.mentorhub.common.web.FieldErrors;

/**
 * One thing wrong with an import file. {@code row} is the row of the file where the record starts (the header is row
 * 1; 0 means the file as a whole), {@code field} the CSV column ("file" for the whole file, "row" for the row's
 * shape), {@code code} a stable slug, {@code value} what the code refers to (the bad value, an earlier row, a limit)
 * and {@code message} the English text; pages translate by code.
 */
public record ImportProblem(int row, String field, String code, String value, String message) {

    static final String FILE = "file";

    static ImportProblem ofFile(String code, String value) {
        return new ImportProblem(0, FILE, code, value, message(code, value));
    }

    static ImportProblem ofRow(int row, String field, String code, String value) {
        return new ImportProblem(row, field, code, value, message(code, value));
    }

    public boolean fileLevel() {
        return row == 0;
    }

    private static String message(String code, String value) {
        return switch (code) {
            case "empty" -> "The file is empty.";
            case "too-large" -> "The file is larger than " + value + " bytes.";
            case "not-utf8" -> "The file is not UTF-8 text; save it as \"CSV UTF-8\".";
            case "malformed" -> "The file is not valid CSV: a quote is left open or text follows a closing quote.";
            case "too-many-rows" -> "The file has more than " + value + " rows; split it.";
            case "no-rows" -> "The file has a header but no rows.";
            case "blank-column" -> "Column " + value + " of the header has no name.";
            case "unknown-column" -> "Unknown column \"" + value + "\"; the columns are "
                    + String.join(", ", ImportCsv.COLUMNS) + ".";
            case "duplicate-column" -> "The column \"" + value + "\" appears twice.";
            case "missing-email-column" -> "The header has no email column.";
            case "column-count" -> "has " + value + " values, not one per header column";
            case "required" -> FieldErrors.REQUIRED;
            case "bad-email" -> "is not an email address: " + value;
            case "duplicate-email" -> "repeats the address of row " + value;
            case "already-invited" -> "already has an invitation to this program";
            case "already-member" -> "is already a member of this program";
            case "too-long" -> "is longer than " + value + " characters";
            case "bad-role" -> "must be mentee, mentor or both, not " + value;
            case "unknown-skill" -> "is not a skill of the taxonomy: " + value;
            case "retired-skill" -> "is a retired skill: " + value;
            case "too-many-skills" -> "lists more than " + value + " skills";
            case "self-manager" -> "is the row's own address: nobody manages themselves";
            default -> throw new IllegalArgumentException("No message for import problem " + code);
        };
    }
}
