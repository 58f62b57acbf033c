package org.peercert.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.tika.Tika;

/**
 * Decides what an uploaded file is from its content (Apache Tika's magic-byte detection), never from its
 * name, and refuses anything but a readable PDF, JPEG or PNG.
 */
public final class FileContentCheck {

    public static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "pdf",
            "image/jpeg", "jpg",
            "image/png", "png");

    private static final Tika TIKA = new Tika();
    private static final int PDF_TRAILER_WINDOW = 2048;

    private FileContentCheck() {
    }

    /** @return the detected media type, one of {@link #ALLOWED} */
    public static String mediaTypeOf(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new UploadProblem("document.empty");
        }
        if (size > maxBytes) {
            throw new UploadProblem("document.tooLarge", maxBytes / (1024 * 1024));
        }
        String detected;
        try (InputStream in = Files.newInputStream(file)) {
            detected = TIKA.detect(in);
        }
        if (!ALLOWED.containsKey(detected)) {
            throw new UploadProblem("document.wrongType");
        }
        if (!readable(file, detected)) {
            throw new UploadProblem("document.corrupt");
        }
        return detected;
    }

    private static boolean readable(Path file, String mediaType) throws IOException {
        if (mediaType.equals("application/pdf")) {
            return hasPdfTrailer(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ImageIO.read(in) != null;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** A whole PDF ends with %%EOF; a truncated upload does not. */
    private static boolean hasPdfTrailer(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        int from = Math.max(0, content.length - PDF_TRAILER_WINDOW);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }
}
