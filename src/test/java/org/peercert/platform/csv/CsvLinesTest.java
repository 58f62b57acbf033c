package org.peercert.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every upload's reading: good lines handed over with their numbers, the others reported with the line as read and why. */
class CsvLinesTest {

    private static final List<String> HEADER = List.of("person", "hours");

    private static List<RejectedLine> read(String csv, List<Long> accepted) throws CsvLines.Unreadable {
        return CsvLines.read(new StringReader(csv), HEADER, (line, record) -> {
            if (!record.get(1).matches("\\d+")) {
                throw new LineRejected("hours '" + record.get(1) + "' is not a number");
            }
            accepted.add(line);
        });
    }

    @Test
    void aRefusedLineIsEchoedAsItWasReadWithItsNumberAndWhy() throws Exception {
        List<Long> accepted = new ArrayList<>();
        List<RejectedLine> rejected = read("person,hours\nann@example.test,2\n\nbob@example.test,two\n", accepted);
        assertEquals(List.of(2L), accepted);
        assertEquals(List.of(new RejectedLine(4, "hours 'two' is not a number", "bob@example.test,two")), rejected,
                "the blank line 3 is skipped but still counted");
    }

    @Test
    void aValueWithACommaIsQuotedBackAndAWrongCountIsSaid() throws Exception {
        List<RejectedLine> rejected = read("person,hours\n\"Doe, Jane\",x\nonly-one-field\n", new ArrayList<>());
        assertEquals("\"Doe, Jane\",x", rejected.get(0).text());
        assertEquals("only-one-field", rejected.get(1).text());
        assertEquals("expected 2 fields (person, hours), found 1", rejected.get(1).reason());
    }

    @Test
    void aLongLineIsShortened() throws Exception {
        String text = rejectedText("person,hours\n" + "p".repeat(300) + ",x\n");
        assertEquals(101, text.length());
        assertTrue(text.endsWith("…"));
    }

    @Test
    void aWrongHeaderRefusesTheWholeFile() {
        assertTrue(assertThrows(CsvLines.Unreadable.class, () -> read("name,hours\na,1\n", new ArrayList<>())).isWrongHeader());
    }

    private static String rejectedText(String csv) throws CsvLines.Unreadable {
        return read(csv, new ArrayList<>()).get(0).text();
    }
}
