package dev.mentorhub.common.csv;

/** Cells of the CSV files the app writes. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * Names come from members; one that starts like a formula (=, +, -, @) would run as one in a spreadsheet, so it
     * gets a leading apostrophe (OWASP's advice for CSV injection). Null becomes an empty cell.
     */
    public static String defused(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
