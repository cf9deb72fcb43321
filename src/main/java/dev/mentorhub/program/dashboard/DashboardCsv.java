package dev.mentorhub.program.dashboard;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import static dev.mentorhub.common.csv.CsvCells.defused;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A chart's table as CSV (RFC 4180: header row, CRLF line ends), the same for the page link and the API. */
final class DashboardCsv {

    static final String MEDIA_TYPE = "text/csv";

    private DashboardCsv() {
    }

    static Response download(Dashboard.Chart chart) {
        return Response.ok(write(chart.data()), MEDIA_TYPE + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + chart.id() + ".csv\"")
                .build();
    }

    static String write(ChartData data) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(data.columns().toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ChartRow row : data.rows()) {
                printer.printRecord(cells(data, row, row.highlighted()));
            }
            if (data.total() != null) {
                printer.printRecord(cells(data, data.total(), null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> cells(ChartData data, ChartRow row, Boolean highlighted) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.key());
        if (data.labelColumn() != null) {
            cells.add(defused(row.label()));
        }
        row.values().forEach(value -> cells.add(value == null ? "" : value));
        if (data.highlightColumn() != null) {
            cells.add(highlighted == null ? "" : highlighted);
        }
        return cells;
    }
}
