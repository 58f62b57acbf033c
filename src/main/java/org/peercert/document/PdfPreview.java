package org.peercert.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The first page of an uploaded PDF as a PNG picture, for staff's preview: every browser shows a picture, where an
 * embedded PDF viewer is missing on many phones and some locked-down desktops.
 */
public final class PdfPreview {

    /** Wide enough to read a diploma, small enough to send quickly: a page is scaled to at most this width. */
    static final int MAX_WIDTH_PIXELS = 1000;
    /** And at most this height, so a page drawn a mile long cannot become a picture of gigapixels (issue #22, finding 2). */
    static final int MAX_HEIGHT_PIXELS = 2000;
    private static final float POINTS_PER_INCH = 72f;
    private static final float MAX_DPI = 150f;

    private PdfPreview() {
    }

    /** @throws IOException when the file is no readable PDF or has no page */
    public static byte[] firstPage(InputStream pdf) throws IOException {
        // The file's streams are unpacked into temporary files, not the heap: a PDF of compressed zeros stays small in memory.
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null,
                MemoryUsageSetting.setupTempFileOnly().streamCache)) {
            if (document.getNumberOfPages() == 0) {
                throw new IOException("The PDF has no page");
            }
            PDRectangle box = document.getPage(0).getCropBox();
            float dpi = Math.min(MAX_DPI, Math.min(MAX_WIDTH_PIXELS * POINTS_PER_INCH / box.getWidth(),
                    MAX_HEIGHT_PIXELS * POINTS_PER_INCH / box.getHeight()));
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(page, "png", png);
            return png.toByteArray();
        }
    }
}
