package dev.mentorhub.program.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import file into rows of raw text, or says why the file as a whole cannot be read (size, encoding, broken
 * quoting, header). Checking the values is {@link ImportService}'s job. Plain Java: no database, no CDI.
 */
final class ImportCsv {

    static final int MAX_BYTES = 1_000_000;
    static final int MAX_ROWS = 5_000;
    static final String EMAIL = "email";
    static final String NAME = "name";
    static final String ROLE = "role";
    static final String TEACH_SKILLS = "teach_skills";
    static final String LEARN_SKILLS = "learn_skills";
    static final String DEPARTMENT = "department";
    static final String MANAGER_EMAIL = "manager_email";
    static final List<String> COLUMNS = List.of(EMAIL, NAME, ROLE, TEACH_SKILLS, LEARN_SKILLS, DEPARTMENT,
            MANAGER_EMAIL);

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();

    private ImportCsv() {
    }

    /** One data row: the file row it starts on (the header is row 1), its values by column, and how many it had. */
    record Row(int row, Map<String, String> values, int size) {

        /** The trimmed value of {@code column}; empty when the column is absent or the row is short. */
        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value;
        }
    }

    /** The rows, the header's column count, and file-level problems (when there are any, the rows are not read). */
    record Parsed(List<Row> rows, int columns, List<ImportProblem> problems) {

        static Parsed failed(ImportProblem... problems) {
            return new Parsed(List.of(), 0, List.of(problems));
        }
    }

    static Parsed parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Parsed.failed(ImportProblem.ofFile("empty", null));
        }
        if (bytes.length > MAX_BYTES) {
            return Parsed.failed(ImportProblem.ofFile("too-large", String.valueOf(MAX_BYTES)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Parsed.failed(ImportProblem.ofFile("not-utf8", null));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return Parsed.failed(ImportProblem.ofFile("empty", null));
        }
        return read(text, new Lines(text));
    }

    private static Parsed read(String text, Lines lines) {
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = records.next().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            List<ImportProblem> problems = checkHeader(header);
            if (!problems.isEmpty()) {
                return new Parsed(List.of(), header.size(), problems);
            }
            List<Row> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    return Parsed.failed(ImportProblem.ofFile("too-many-rows", String.valueOf(MAX_ROWS)));
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
                    values.put(header.get(i), record.get(i));
                }
                rows.add(new Row(lines.rowAt(record.getCharacterPosition()), values, record.size()));
            }
            if (rows.isEmpty()) {
                return Parsed.failed(ImportProblem.ofFile("no-rows", null));
            }
            return new Parsed(rows, header.size(), List.of());
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports a quote left open or text after a closing quote this way.
            return Parsed.failed(ImportProblem.ofFile("malformed", null));
        }
    }

    private static List<ImportProblem> checkHeader(List<String> header) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (column.isEmpty()) {
                problems.add(ImportProblem.ofFile("blank-column", String.valueOf(i + 1)));
            } else if (!COLUMNS.contains(column)) {
                problems.add(ImportProblem.ofFile("unknown-column", column));
            } else if (seen.putIfAbsent(column, i) != null) {
                problems.add(ImportProblem.ofFile("duplicate-column", column));
            }
        }
        if (!header.contains(EMAIL)) {
            problems.add(ImportProblem.ofFile("missing-email-column", null));
        }
        return problems;
    }

    /** Turns a character position into the file row it is on, counting CRLF, LF and a lone CR as one line break. */
    private static final class Lines {

        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            int[] found = new int[64];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i + 1;
                }
            }
            this.starts = Arrays.copyOf(found, count);
        }

        /** The record's position may point at empty lines skipped before it; its row is the first non-empty one. */
        int rowAt(long position) {
            int p = (int) position;
            while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
                p++;
            }
            int index = Arrays.binarySearch(starts, p);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
