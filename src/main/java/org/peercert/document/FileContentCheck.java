package org.peercert.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.Tika;

/**
 * Decides what an uploaded file is from its content (Apache Tika's magic-byte detection), never from its
 * name, and refuses anything but a readable PDF, JPEG or PNG. A picture's size in pixels is read from its header before
 * anything is decoded, so a small file that would unpack into gigabytes (an image bomb) is refused for what it is.
 */
public final class FileContentCheck {

    public static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "pdf",
            "image/jpeg", "jpg",
            "image/png", "png");

    private static final Tika TIKA = new Tika();
    private static final int PDF_TRAILER_WINDOW = 2048;
    /** A picture is checked readable by decoding every eighth pixel of every eighth row: all of the file, a 64th of the memory. */
    private static final int CHECK_SUBSAMPLING = 8;

    private FileContentCheck() {
    }

    /** @return the detected media type, one of {@link #ALLOWED} */
    public static String mediaTypeOf(Path file, long maxBytes, long maxPixels) throws IOException {
        String detected = detected(file, maxBytes);
        if (!ALLOWED.containsKey(detected)) {
            throw new UploadProblem("document.wrongType");
        }
        boolean readable = detected.equals("application/pdf") ? hasPdfTrailer(file) : pictureReadable(file, maxPixels);
        if (!readable) {
            throw new UploadProblem("document.corrupt");
        }
        return detected;
    }

    /** Whether the file is an SVG drawing (#28: a seal may be one; it is kept as the PNG {@link SvgDrawing} makes of it). */
    static boolean isSvg(Path file, long maxBytes) throws IOException {
        return SvgDrawing.MEDIA_TYPE.equals(detected(file, maxBytes));
    }

    /** The type Tika reads from the bytes of a file that is neither empty nor too large. */
    private static String detected(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new UploadProblem("document.empty");
        }
        if (size > maxBytes) {
            throw new UploadProblem("document.tooLarge", maxBytes / (1024 * 1024));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return TIKA.detect(in);
        }
    }

    /** @throws UploadProblem {@code document.tooManyPixels} when the header announces more pixels than allowed */
    private static boolean pictureReadable(Path file, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
                    throw new UploadProblem("document.tooManyPixels", Math.max(1, maxPixels / 1_000_000));
                }
                ImageReadParam sample = reader.getDefaultReadParam();
                sample.setSourceSubsampling(CHECK_SUBSAMPLING, CHECK_SUBSAMPLING, 0, 0);
                return reader.read(0, sample) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
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
