package org.peercert.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileContentCheckTest {

    private static final long MAX = 1024 * 1024;
    private static final long PIXELS = 40_000_000;

    @TempDir
    Path dir;

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void acceptsRealPngAndPdfWhateverTheirNames() throws IOException {
        assertEquals("image/png", FileContentCheck.mediaTypeOf(file("scan.pdf", png()), MAX, PIXELS));
        assertEquals("application/pdf", FileContentCheck.mediaTypeOf(file("diploma.png", pdf()), MAX, PIXELS));
    }

    @Test
    void refusesAnExecutableRenamedPdf() throws IOException {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        UploadProblem problem = assertThrows(UploadProblem.class, () -> FileContentCheck.mediaTypeOf(file("diploma.pdf", exe), MAX, PIXELS));
        assertEquals("document.wrongType", problem.messageKey());
    }

    @Test
    void refusesHtmlRenamedPng() throws IOException {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("document.wrongType", assertThrows(UploadProblem.class,
                () -> FileContentCheck.mediaTypeOf(file("photo.png", html), MAX, PIXELS)).messageKey());
    }

    @Test
    void refusesEmptyAndOversizedFiles() throws IOException {
        assertEquals("document.empty", assertThrows(UploadProblem.class,
                () -> FileContentCheck.mediaTypeOf(file("empty.pdf", new byte[0]), MAX, PIXELS)).messageKey());
        byte[] big = new byte[(int) MAX + 1];
        System.arraycopy(pdf(), 0, big, 0, pdf().length);
        assertEquals("document.tooLarge", assertThrows(UploadProblem.class,
                () -> FileContentCheck.mediaTypeOf(file("big.pdf", big), MAX, PIXELS)).messageKey());
    }

    @Test
    void refusesTruncatedPdfAndCorruptPng() throws IOException {
        byte[] pdf = pdf();
        byte[] truncated = java.util.Arrays.copyOf(pdf, pdf.length - 8);
        assertEquals("document.corrupt", assertThrows(UploadProblem.class,
                () -> FileContentCheck.mediaTypeOf(file("cut.pdf", truncated), MAX, PIXELS)).messageKey());
        byte[] png = png();
        byte[] corrupt = java.util.Arrays.copyOf(png, 40);
        assertEquals("document.corrupt", assertThrows(UploadProblem.class,
                () -> FileContentCheck.mediaTypeOf(file("cut.png", corrupt), MAX, PIXELS)).messageKey());
    }

    /** Issue #22, finding 2: the header's size is read before anything is decoded, so a bomb never reaches the decoder. */
    @Test
    void refusesAPictureAnnouncingMorePixelsThanAllowedFromItsHeaderAlone() throws IOException {
        byte[] bomb = withSize(png(), 30_000, 30_000);
        assertTrue(bomb.length < 1024, "a tiny file: " + bomb.length + " bytes");
        UploadProblem problem = assertThrows(UploadProblem.class, () -> FileContentCheck.mediaTypeOf(file("bomb.png", bomb), MAX, PIXELS));
        assertEquals("document.tooManyPixels", problem.messageKey());
        assertEquals(List.of(40L), List.of(problem.arguments()), "the limit in megapixels, for the message");
    }

    @Test
    void acceptsAPictureExactlyAtThePixelLimitAndRefusesOnePixelMore() throws IOException {
        assertEquals("image/png", FileContentCheck.mediaTypeOf(file("at.png", png()), MAX, 200));
        assertEquals("document.tooManyPixels", assertThrows(UploadProblem.class,
                () -> FileContentCheck.mediaTypeOf(file("over.png", png()), MAX, 199)).messageKey());
    }

    /** The PNG with its header (IHDR) claiming another width and height, its checksum mended so readers trust it. */
    private static byte[] withSize(byte[] png, int width, int height) {
        byte[] changed = png.clone();
        ByteBuffer.wrap(changed, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(changed, 12, 17);
        ByteBuffer.wrap(changed, 29, 4).putInt((int) crc.getValue());
        return changed;
    }

    @Test
    void storedNamesLosePathsAndGetTheDetectedExtension() {
        assertEquals("diploma.pdf", DocumentService.safeName("C:\\Users\\ana\\diploma.pdf", "application/pdf"));
        assertEquals("evil.html.png", DocumentService.safeName("../../evil.html", "image/png"));
        assertEquals("document.jpg", DocumentService.safeName("  ", "image/jpeg"));
        assertEquals("photo.jpeg", DocumentService.safeName("photo.jpeg", "image/jpeg"));
    }
}
