package dev.mentorhub.event;

import static dev.mentorhub.common.csv.CsvCells.defused;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** An event's attendees as CSV (RFC 4180), for the organizer: going first, then the waitlist in order. */
final class AttendeesCsv {

    private AttendeesCsv() {
    }

    static String write(List<AttendeeDto> attendees) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader("name", "status", "waitlist_place", "responded_at", "checked_in_at").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (AttendeeDto a : attendees) {
                printer.printRecord(defused(a.name()), a.status(), a.place() == null ? "" : a.place(),
                        a.respondedAt(), a.checkedInAt() == null ? "" : a.checkedInAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
