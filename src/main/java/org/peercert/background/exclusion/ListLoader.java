package org.peercert.background.exclusion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a list file into exclusion_entry in JDBC batches, one row at a time, and reports every line it
 * leaves out (R-BG-3). Memory stays flat: the only thing kept per row is an 8-byte fingerprint of its
 * key, to report a duplicate row with the line it repeats.
 */
final class ListLoader {

    /** What one load read. */
    record Counts(int read, int accepted, int rejected) {
    }

    static final int BATCH_SIZE = 1000;
    static final int MAX_STORED_REJECTS = 10_000;
    private static final int READ_BUFFER = 64 * 1024;
    private static final String KEPT = "The list in force stays; import the complete file again.";

    private static final String INSERT_ENTRY = "INSERT INTO exclusion_entry (import_id, line_number, row_key, last_name, first_name, "
            + "middle_name, business_name, general_type, specialty, npi, date_of_birth, address, city, state_code, zip, exclusion_type, "
            + "excluded_on, reinstated_on, waiver_on, waiver_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_REJECT = "INSERT INTO exclusion_import_reject (import_id, line_number, reason) VALUES (?, ?, ?)";

    private final Connection connection;
    private final long importId;
    private int read;
    private int accepted;
    private int rejected;
    private int pendingEntries;
    private int pendingRejects;

    ListLoader(Connection connection, long importId) {
        this.connection = connection;
        this.importId = importId;
    }

    Counts load(Path file, Charset charset) throws IOException, SQLException {
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                     charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), READ_BUFFER);
             CSVParser parser = LeieFormat.CSV.parse(reader);
             PreparedStatement entries = connection.prepareStatement(INSERT_ENTRY);
             PreparedStatement rejects = connection.prepareStatement(INSERT_REJECT)) {
            Iterator<CSVRecord> records = parser.iterator();
            requireHeader(records);
            Map<Long, Long> firstLineOfRow = new HashMap<>();
            long lineAfterPrevious = parser.getCurrentLineNumber() + 1;
            ShortRecord held = null;
            while (true) {
                long line = lineAfterPrevious;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException unreadable) {
                    throw refusal(line, parser.getCurrentLineNumber(), unreadable);
                }
                lineAfterPrevious = parser.getCurrentLineNumber() + 1;
                if (LeieFormat.isBlank(record)) {
                    continue;
                }
                if (held != null) {
                    take(held.record(), held.line(), firstLineOfRow, entries, rejects);
                    held = null;
                }
                read++;
                if (record.size() < LeieFormat.HEADER.size()) {
                    held = new ShortRecord(record, line);
                } else {
                    take(record, line, firstLineOfRow, entries, rejects);
                }
            }
            if (held != null) {
                throw new ImportRefused("The file stops in the middle of its last row (line " + held.line() + " has " + held.record().size()
                        + " of " + LeieFormat.HEADER.size() + " fields): it looks cut off, as by an interrupted download. " + KEPT);
            }
            flush(entries, rejects);
        }
        return new Counts(read, accepted, rejected);
    }

    /** A row with fewer fields than the layout: a bad line in the middle of the file, the sign of a cut-off file at its end. */
    private record ShortRecord(CSVRecord record, long line) {
    }

    /**
     * A quoted field still open at the end of the file is a file cut off in its last row; a field that breaks the CSV
     * rules earlier, or a quote that never closes and swallows the lines after it, leaves the rest unreadable. Either
     * way a part of the list would be taken for the whole, so the file is refused.
     */
    private static ImportRefused refusal(long line, long linesConsumed, RuntimeException unreadable) {
        String problem = String.valueOf(unreadable.getCause() == null ? unreadable.getMessage() : unreadable.getCause().getMessage());
        boolean endOfFile = problem.contains("EOF reached before encapsulated token finished");
        if (endOfFile && linesConsumed <= line) {
            return new ImportRefused("The file stops inside a quoted field of its last row (line " + line
                    + "): it looks cut off, as by an interrupted download. " + KEPT);
        }
        return new ImportRefused("Line " + line + " is not valid CSV (" + problem.replaceAll("\\s+", " ")
                + "); the lines after it cannot be read. Fix the file and import it again.");
    }

    private static void requireHeader(Iterator<CSVRecord> records) {
        CSVRecord header;
        try {
            if (!records.hasNext()) {
                throw new ImportRefused("The file has no header row and no rows.");
            }
            header = records.next();
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            throw new ImportRefused("The first line cannot be read as CSV.");
        }
        if (!LeieFormat.isHeader(header)) {
            throw new ImportRefused("The header row is not the published layout (" + String.join(",", LeieFormat.HEADER) + ").");
        }
    }

    private void take(CSVRecord record, long line, Map<Long, Long> firstLineOfRow, PreparedStatement entries, PreparedStatement rejects)
            throws SQLException {
        ListedRow row;
        try {
            row = LeieFormat.parse(record);
        } catch (LeieFormat.Rejected reason) {
            reject(rejects, line, reason.getMessage());
            return;
        }
        String rowKey = row.rowKey();
        Long earlier = firstLineOfRow.putIfAbsent(Long.parseUnsignedLong(rowKey.substring(0, 16), 16), line);
        if (earlier != null) {
            reject(rejects, line, "duplicate of line " + earlier);
            return;
        }
        insert(entries, line, rowKey, row);
        accepted++;
        if (++pendingEntries == BATCH_SIZE) {
            entries.executeBatch();
            pendingEntries = 0;
        }
    }

    private void insert(PreparedStatement s, long line, String rowKey, ListedRow row) throws SQLException {
        s.setLong(1, importId);
        s.setLong(2, line);
        s.setString(3, rowKey);
        s.setString(4, row.lastName());
        s.setString(5, row.firstName());
        s.setString(6, row.middleName());
        s.setString(7, row.businessName());
        s.setString(8, row.general());
        s.setString(9, row.specialty());
        s.setString(10, row.npi());
        date(s, 11, row.dateOfBirth());
        s.setString(12, row.address());
        s.setString(13, row.city());
        s.setString(14, row.state());
        s.setString(15, row.zip());
        s.setString(16, row.exclusionType());
        date(s, 17, row.excludedOn());
        date(s, 18, row.reinstatedOn());
        date(s, 19, row.waiverOn());
        s.setString(20, row.waiverState());
        s.addBatch();
    }

    private void reject(PreparedStatement s, long line, String reason) throws SQLException {
        rejected++;
        if (rejected > MAX_STORED_REJECTS) {
            return;
        }
        s.setLong(1, importId);
        s.setLong(2, line);
        s.setString(3, reason.length() > 300 ? reason.substring(0, 300) : reason);
        s.addBatch();
        if (++pendingRejects == BATCH_SIZE) {
            s.executeBatch();
            pendingRejects = 0;
        }
    }

    private void flush(PreparedStatement entries, PreparedStatement rejects) throws SQLException {
        if (pendingEntries > 0) {
            entries.executeBatch();
        }
        if (pendingRejects > 0) {
            rejects.executeBatch();
        }
    }

    private static void date(PreparedStatement s, int index, LocalDate date) throws SQLException {
        if (date == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setObject(index, date);
        }
    }
}
