package org.peercert.background.exclusion;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * R-BG-3: the published CSV layout of the HHS-OIG List of Excluded Individuals/Entities. Dates are
 * YYYYMMDD, and the list writes 00000000 (or nothing) where a date is unknown.
 */
public final class LeieFormat {

    public static final List<String> HEADER = List.of("LASTNAME", "FIRSTNAME", "MIDNAME", "BUSNAME", "GENERAL", "SPECIALTY", "UPIN",
            "NPI", "DOB", "ADDRESS", "CITY", "STATE", "ZIP", "EXCLTYPE", "EXCLDATE", "REINDATE", "WAIVERDATE", "WVRSTATE");
    /** Blank lines are read as records (and skipped by the loader) so that line numbers stay those of the file. */
    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final String NO_DATE = "00000000";
    /** What a decoder puts in place of bytes that are not a character of the file's character set. */
    private static final char UNREADABLE = '\uFFFD';

    /** A line the import leaves out, with the reason told to staff. */
    public static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    private LeieFormat() {
    }

    /** Whether the first record is the published header, ignoring case, spaces and a byte-order mark. */
    public static boolean isHeader(CSVRecord first) {
        if (first.size() != HEADER.size()) {
            return false;
        }
        for (int i = 0; i < HEADER.size(); i++) {
            if (!HEADER.get(i).equals(first.get(i).replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    public static ListedRow parse(CSVRecord record) throws Rejected {
        if (record.size() != HEADER.size()) {
            throw new Rejected("expected " + HEADER.size() + " fields, found " + record.size());
        }
        ListedRow row = new ListedRow(text(record, "LASTNAME", 100), text(record, "FIRSTNAME", 100), text(record, "MIDNAME", 100),
                text(record, "BUSNAME", 200), text(record, "GENERAL", 100), text(record, "SPECIALTY", 100), text(record, "UPIN", 20),
                npi(record), date(record, "DOB"), text(record, "ADDRESS", 200), text(record, "CITY", 100), text(record, "STATE", 2),
                text(record, "ZIP", 10), text(record, "EXCLTYPE", 20), date(record, "EXCLDATE"), date(record, "REINDATE"),
                date(record, "WAIVERDATE"), text(record, "WVRSTATE", 2));
        if (!row.isPerson() && row.businessName() == null) {
            throw new Rejected("neither a person's last and first name nor a business name");
        }
        if (row.exclusionType() == null) {
            throw new Rejected("EXCLTYPE is missing");
        }
        if (row.excludedOn() == null) {
            throw new Rejected("EXCLDATE is missing");
        }
        return row;
    }

    private static String field(CSVRecord record, String name) {
        return record.get(HEADER.indexOf(name));
    }

    private static String text(CSVRecord record, String name, int maxLength) throws Rejected {
        String value = field(record, name).strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.indexOf(UNREADABLE) >= 0) {
            throw new Rejected(name + " has characters that cannot be read in the file's character set");
        }
        if (value.length() > maxLength) {
            throw new Rejected(name + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    private static String npi(CSVRecord record) throws Rejected {
        String npi = text(record, "NPI", 10);
        if (npi == null || npi.chars().allMatch(c -> c == '0')) {
            return null;
        }
        if (!npi.chars().allMatch(Character::isDigit)) {
            throw new Rejected("NPI '" + npi + "' is not a number");
        }
        return npi;
    }

    private static LocalDate date(CSVRecord record, String name) throws Rejected {
        String value = field(record, name).strip();
        if (value.isEmpty() || NO_DATE.equals(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw new Rejected(name + " '" + abbreviate(value) + "' is not a date written YYYYMMDD");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
