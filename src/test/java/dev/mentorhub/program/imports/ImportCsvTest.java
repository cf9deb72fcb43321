package dev.mentorhub.program.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading import files: encodings, line endings, quoting, row numbers as in the file, and file-level refusals. */
class ImportCsvTest {

    private static ImportCsv.Parsed parse(String text) {
        return ImportCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadBomCrlfAndQuotedFieldsWithCommasQuotesAndLineBreaks() {
        ImportCsv.Parsed parsed = parse("\uFEFFEmail , Name,Department\r\n"
                + "a@example.com,\"Chen, Mei\",\"R&D \"\"core\"\"\"\r\n"
                + "b@example.com,\"Two\r\nlines\",Ops\r\n"
                + "  c@example.com  ,C,\r\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.columns()).isEqualTo(3);
        assertThat(parsed.rows()).extracting(ImportCsv.Row::row).containsExactly(2, 3, 5);
        assertThat(parsed.rows().get(0).get("name")).isEqualTo("Chen, Mei");
        assertThat(parsed.rows().get(0).get("department")).isEqualTo("R&D \"core\"");
        assertThat(parsed.rows().get(1).get("name")).isEqualTo("Two\r\nlines");
        assertThat(parsed.rows().get(2).get("email")).isEqualTo("c@example.com");
        assertThat(parsed.rows().get(2).get("role")).isEmpty();
    }

    @Test
    void shouldNumberRowsAsInTheFileSkippingEmptyLinesAndBlankRows() {
        ImportCsv.Parsed parsed = parse("email,name\n\na@example.com,A\n,\n\r\nb@example.com,B\rc@example.com,C");

        assertThat(parsed.rows()).extracting(ImportCsv.Row::row).containsExactly(3, 6, 7);
        assertThat(parsed.rows()).extracting(r -> r.get("email"))
                .containsExactly("a@example.com", "b@example.com", "c@example.com");
    }

    @Test
    void shouldKeepTheValueCountOfShortAndLongRows() {
        ImportCsv.Parsed parsed = parse("email,name,role\na@example.com\nb@example.com,B,mentor,extra\n");

        assertThat(parsed.rows()).extracting(ImportCsv.Row::size).containsExactly(1, 4);
        assertThat(parsed.rows().get(1).get("role")).isEqualTo("mentor");
    }

    @Test
    void shouldRefuseHeadersWithUnknownBlankRepeatedOrMissingColumns() {
        assertThat(parse("email,phone,,Email\na@example.com,1,2,3\n").problems())
                .extracting(ImportProblem::code, ImportProblem::value)
                .containsExactly(tuple("unknown-column", "phone"),
                        tuple("blank-column", "3"),
                        tuple("duplicate-column", "email"));
        assertThat(parse("name,role\nA,mentor\n").problems()).extracting(ImportProblem::code)
                .containsExactly("missing-email-column");
        assertThat(parse("email;name\na@example.com;A\n").problems()).extracting(ImportProblem::code)
                .containsExactly("unknown-column", "missing-email-column");
    }

    @Test
    void shouldRefuseFilesThatCannotBeRead() {
        assertThat(ImportCsv.parse(new byte[0]).problems()).extracting(ImportProblem::code).containsExactly("empty");
        assertThat(parse("\uFEFF\r\n").problems()).extracting(ImportProblem::code).containsExactly("empty");
        assertThat(parse("email,name\n").problems()).extracting(ImportProblem::code).containsExactly("no-rows");
        assertThat(parse("email,name\na@example.com,\"open quote\n").problems()).extracting(ImportProblem::code)
                .containsExactly("malformed");
        assertThat(parse("email,name\na@example.com,\"closed\" trailing\n").problems())
                .extracting(ImportProblem::code).containsExactly("malformed");
        byte[] latin1 = "email,name\nz@example.com,Zoë\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImportCsv.parse(latin1).problems()).extracting(ImportProblem::code).containsExactly("not-utf8");
        assertThat(ImportCsv.parse(new byte[ImportCsv.MAX_BYTES + 1]).problems()).extracting(ImportProblem::code)
                .containsExactly("too-large");
    }

    @Test
    void shouldStopAtTheRowLimit() {
        StringBuilder atLimit = new StringBuilder("email\n");
        for (int i = 0; i < ImportCsv.MAX_ROWS; i++) {
            atLimit.append("p").append(i).append("@example.com\n");
        }
        assertThat(parse(atLimit.toString()).rows()).hasSize(ImportCsv.MAX_ROWS);
        assertThat(parse(atLimit + "one-more@example.com\n").problems()).extracting(ImportProblem::code)
                .containsExactly("too-many-rows");
    }
}
