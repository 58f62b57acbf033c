package org.peercert.background.exclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** R-BG-3: reading rows of the published LEIE layout (synthetic rows only). */
class LeieFormatTest {

    private static final String HEADER = String.join(",", LeieFormat.HEADER);

    private static List<CSVRecord> records(String csv) throws IOException {
        try (CSVParser parser = LeieFormat.CSV.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    private static CSVRecord row(String line) throws IOException {
        return records(line).get(0);
    }

    @Test
    void readsAPersonRowWithTheListsNoDateMarker() throws Exception {
        ListedRow row = LeieFormat.parse(row("\"TESTPERSON\",\"ALEX\",\"Q\",\"\",\"OTHER BUSINESS\",\"PEER SUPPORT\",\"\",\"0000000000\","
                + "\"19800412\",\"1 TEST ST\",\"SPRINGFIELD\",\"KS\",\"66000\",\"1128a1\",\"20200115\",\"00000000\",\"00000000\",\"\""));
        assertEquals("TESTPERSON", row.lastName());
        assertEquals(LocalDate.of(1980, 4, 12), row.dateOfBirth());
        assertEquals(LocalDate.of(2020, 1, 15), row.excludedOn());
        assertNull(row.reinstatedOn());
        assertNull(row.npi(), "an NPI of zeros is no NPI");
        assertTrue(row.isPerson());
        assertEquals(64, row.rowKey().length());
    }

    @Test
    void theSameListingWrittenDifferentlyHasTheSameKey() throws Exception {
        String a = "TESTPERSON,ALEX,,,,,,,19800412,,,,,1128a1,20200115,,,";
        String b = " testperson , Alex ,,,,,,,19800412,1 OTHER ST,,,,1128A1,20200115,,,";
        assertEquals(LeieFormat.parse(row(a)).rowKey(), LeieFormat.parse(row(b)).rowKey());
        String c = "TESTPERSON,ALEX,,,,,,,19800413,,,,,1128a1,20200115,,,";
        assertFalse(LeieFormat.parse(row(a)).rowKey().equals(LeieFormat.parse(row(c)).rowKey()));
    }

    @Test
    void refusesBadDatesShortRowsAndRowsWithoutAName() throws Exception {
        assertEquals("DOB '19801340' is not a date written YYYYMMDD", assertThrows(LeieFormat.Rejected.class,
                () -> LeieFormat.parse(row("TESTPERSON,ALEX,,,,,,,19801340,,,,,1128a1,20200115,,,"))).getMessage());
        assertEquals("expected 18 fields, found 5", assertThrows(LeieFormat.Rejected.class,
                () -> LeieFormat.parse(row("TESTPERSON,ALEX,,,"))).getMessage());
        assertEquals("neither a person's last and first name nor a business name", assertThrows(LeieFormat.Rejected.class,
                () -> LeieFormat.parse(row("TESTPERSON,,,,,,,,19800412,,,,,1128a1,20200115,,,"))).getMessage());
        assertEquals("EXCLDATE is missing", assertThrows(LeieFormat.Rejected.class,
                () -> LeieFormat.parse(row("TESTPERSON,ALEX,,,,,,,19800412,,,,,1128a1,00000000,,,"))).getMessage());
    }

    @Test
    void businessRowsAreReadButAreNotPeople() throws Exception {
        ListedRow row = LeieFormat.parse(row(",,,TEST PHARMACY LLC,PHARMACY,,,1234567890,,,,KS,,1128b4,20190101,,,"));
        assertFalse(row.isPerson());
        assertEquals("TEST PHARMACY LLC", row.displayName());
    }

    @Test
    void knowsThePublishedHeaderWhateverItsCaseOrByteOrderMark() throws Exception {
        assertTrue(LeieFormat.isHeader(row(HEADER)));
        assertTrue(LeieFormat.isHeader(row("\uFEFF" + HEADER.toLowerCase())));
        assertFalse(LeieFormat.isHeader(row("LAST,FIRST,DOB")));
        assertFalse(LeieFormat.isHeader(row(HEADER.replace("DOB", "BIRTHDATE"))));
    }
}
