package org.peercert.background.exclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash that makes an import idempotent and the character set a list file was saved in. */
class FileFingerprintTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void utf8Windows1252AndUtf16AreToldApart() throws Exception {
        String text = "LASTNAME\nMUÑOZ\n".repeat(20_000);
        assertEquals(StandardCharsets.UTF_8, FileFingerprint.of(write("a.csv", text.getBytes(StandardCharsets.UTF_8))).charset());
        assertEquals(FileFingerprint.WINDOWS_1252, FileFingerprint.of(write("b.csv", text.getBytes(FileFingerprint.WINDOWS_1252))).charset());
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(StandardCharsets.UTF_16LE, FileFingerprint.of(write("c.csv", utf16)).charset());
    }

    @Test
    void aMultiByteLetterAcrossTwoReadsIsStillUtf8() throws Exception {
        byte[] bytes = ("x".repeat(64 * 1024 - 1) + "ñ").getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, FileFingerprint.of(write("edge.csv", bytes)).charset());
    }

    @Test
    void theHashDependsOnTheBytesOnly() throws Exception {
        FileFingerprint one = FileFingerprint.of(write("one.csv", "A,B\n".getBytes(StandardCharsets.UTF_8)));
        FileFingerprint same = FileFingerprint.of(write("same.csv", "A,B\n".getBytes(StandardCharsets.UTF_8)));
        FileFingerprint other = FileFingerprint.of(write("other.csv", "A,C\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(one.sha256(), same.sha256());
        assertNotEquals(one.sha256(), other.sha256());
        assertEquals(4, one.sizeBytes());
        assertEquals(0, FileFingerprint.of(write("empty.csv", new byte[0])).sizeBytes());
    }
}
