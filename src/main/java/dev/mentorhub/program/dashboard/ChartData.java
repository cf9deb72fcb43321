package dev.mentorhub.program.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart's numbers as one table, which the page draws, the page's accessible table lists, the JSON API returns and
 * the CSV export writes. Columns: {@code keyColumn}, then {@code labelColumn} when rows carry labels from data, then
 * {@code valueColumns}, then {@code highlightColumn} (true/false) when the chart marks rows.
 *
 * @param total a totals row over all rows, including any left out by a limit; null when totals mean nothing
 * @param omitted how many rows a limit left out (0: the table is complete)
 * @param drawn how many of the value columns the drawing shows, from the first (the table shows them all)
 */
public record ChartData(ChartKind kind, String keyColumn, String labelColumn, List<String> valueColumns,
        String highlightColumn, List<ChartRow> rows, ChartRow total, int omitted, int drawn) {

    public ChartData {
        valueColumns = List.copyOf(valueColumns);
        rows = List.copyOf(rows);
    }

    public static ChartData table(ChartKind kind, String keyColumn, List<String> valueColumns, List<ChartRow> rows) {
        return new ChartData(kind, keyColumn, null, valueColumns, null, rows, null, 0, valueColumns.size());
    }

    public ChartData labelledBy(String column) {
        return new ChartData(kind, keyColumn, column, valueColumns, highlightColumn, rows, total, omitted, drawn);
    }

    public ChartData highlightedAs(String column) {
        return new ChartData(kind, keyColumn, labelColumn, valueColumns, column, rows, total, omitted, drawn);
    }

    public ChartData withTotal(ChartRow totalRow, int omittedRows) {
        return new ChartData(kind, keyColumn, labelColumn, valueColumns, highlightColumn, rows, totalRow, omittedRows,
                drawn);
    }

    /** Draws only the first {@code columns} value columns; the others are in the table only (counts beside a ratio). */
    public ChartData drawingOnly(int columns) {
        return new ChartData(kind, keyColumn, labelColumn, valueColumns, highlightColumn, rows, total, omitted,
                columns);
    }

    /** The CSV header: every column in order. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>();
        columns.add(keyColumn);
        if (labelColumn != null) {
            columns.add(labelColumn);
        }
        columns.addAll(valueColumns);
        if (highlightColumn != null) {
            columns.add(highlightColumn);
        }
        return columns;
    }
}
