package org.peercert.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A synthetic exclusion-list file in the published LEIE layout. Every name in it is made up; tests never
 * use real rows of the list.
 */
public final class LeieFile {

    public static final String HEADER = "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,"
            + "EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE";
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final List<String> lines = new ArrayList<>();

    private LeieFile(String header) {
        lines.add(header);
    }

    /** A file with the published header and a few filler rows that match nobody, so each file's content is unique. */
    public static LeieFile withHeader() {
        LeieFile file = new LeieFile(HEADER);
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        for (int i = 0; i < 40; i++) {
            file.person("ZZFILLER" + unique, "PERSON" + i, LocalDate.of(1950, 1, 1).plusDays(i));
        }
        return file;
    }

    public static LeieFile withHeaderLine(String header) {
        return new LeieFile(header);
    }

    public LeieFile person(String lastName, String firstName, LocalDate born) {
        return line(quoted(lastName, firstName, "", "", "OTHER BUSINESS", "PEER SUPPORT", "", "0000000000",
                born == null ? "00000000" : born.format(YYYYMMDD), "1 TEST ST", "SPRINGFIELD", "KS", "66000", "1128a1", "20200115",
                "00000000", "00000000", ""));
    }

    public LeieFile line(String raw) {
        lines.add(raw);
        return this;
    }

    public int lineCount() {
        return lines.size();
    }

    public byte[] bytes(Charset charset) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    public byte[] bytes() {
        return bytes(StandardCharsets.UTF_8);
    }

    public Path write(Path dir, String name) {
        return write(dir, name, bytes());
    }

    public static Path write(Path dir, String name, byte[] content) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String... fields) {
        List<String> out = new ArrayList<>();
        for (String field : fields) {
            out.add('"' + field.replace("\"", "\"\"") + '"');
        }
        return String.join(",", out);
    }
}
