package dev.mentorhub.program.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentorhub.common.web.Bundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One chart as the page shows it, in the reader's language: the drawing's data as JSON for js/dashboard.js (read
 * from a data attribute, since the CSP allows no inline script) and the same numbers as a table.
 */
public record ChartView(String id, String title, String hint, String kind, String json, List<String> headers,
        List<Row> rows, Row total, int shown, int omitted) {

    public record Row(List<String> cells, boolean highlighted) {
    }

    /** What js/dashboard.js reads; a record so the JSON keeps this order. */
    record Drawing(String kind, List<String> categories, List<Series> series, List<Boolean> highlighted) {
    }

    record Series(String name, List<Number> data) {
    }

    /** Rows shown plus rows left out by the chart's limit. */
    public int allRows() {
        return shown + omitted;
    }

    public boolean isFigures() {
        return ChartKind.FIGURES.slug().equals(kind);
    }

    public String csvPath(String dashboardPath) {
        return dashboardPath + "/" + id + ".csv";
    }

    /** The dashboard's text in {@code locale} (English unless Chinese). */
    static DashboardMessages messages(Locale locale) {
        return Bundles.of(DashboardMessages.class, locale);
    }

    static ChartView of(Dashboard.Chart chart, DashboardMessages dm, ObjectMapper json) {
        ChartData data = chart.data();
        List<String> headers = new ArrayList<>();
        headers.add(dm.label(data.labelColumn() != null ? data.labelColumn() : data.keyColumn()));
        data.valueColumns().forEach(column -> headers.add(dm.label(column)));
        if (data.highlightColumn() != null) {
            headers.add(dm.label(data.highlightColumn()));
        }
        List<Row> rows = data.rows().stream().map(row -> row(data, row, dm, row.highlighted())).toList();
        Row total = data.total() == null ? null : row(data, data.total(), dm, null);
        return new ChartView(chart.id(), dm.chart_title(chart.id()), dm.chart_hint(chart.id()), data.kind().slug(),
                drawing(data, rows, headers, json), headers, rows, total, rows.size(), data.omitted());
    }

    private static Row row(ChartData data, ChartRow row, DashboardMessages dm, Boolean highlighted) {
        List<String> cells = new ArrayList<>();
        cells.add(row.label() != null ? row.label() : dm.label(row.key()));
        row.values().forEach(value -> cells.add(value == null ? "–" : value.toString()));
        if (data.highlightColumn() != null) {
            cells.add(highlighted == null ? "" : highlighted ? dm.yes() : dm.no());
        }
        return new Row(List.copyOf(cells), Boolean.TRUE.equals(highlighted));
    }

    private static String drawing(ChartData data, List<Row> rows, List<String> headers, ObjectMapper json) {
        List<Series> series = IntStream.range(0, data.drawn())
                .mapToObj(i -> new Series(headers.get(i + 1),
                        data.rows().stream().map(r -> valueOrZero(r.values().get(i))).toList()))
                .toList();
        Drawing drawing = new Drawing(data.kind().slug(), rows.stream().map(r -> r.cells().get(0)).toList(), series,
                rows.stream().map(Row::highlighted).toList());
        try {
            return json.writeValueAsString(drawing);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Number valueOrZero(Number value) {
        return value == null ? 0 : value;
    }
}
