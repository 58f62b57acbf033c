package org.peercert.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** Staff see a PDF's first page as a picture, whatever their browser. */
class PdfPreviewTest {

    private static byte[] pdfWithABlackBoxOnPageOne(int pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                if (i == 0) {
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.addRect(0, PDRectangle.LETTER.getHeight() - 100, 100, 100);
                        content.fill();
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void theFirstPageBecomesAPictureAtMostAThousandPixelsWide() throws IOException {
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(PdfPreview.firstPage(new ByteArrayInputStream(pdfWithABlackBoxOnPageOne(2)))));
        assertEquals(1000, picture.getWidth(), "a letter page (612 points) at 1000 pixels");
        assertEquals(1294, picture.getHeight(), "in proportion (792 / 612)");
        assertEquals(0x000000, picture.getRGB(10, 10) & 0xFFFFFF, "the box drawn at the top left of page one is there");
        assertEquals(0xFFFFFF, picture.getRGB(500, 700) & 0xFFFFFF, "the rest of the page is white");
    }

    @Test
    void somethingThatIsNoPdfIsRefused() {
        assertThrows(IOException.class, () -> PdfPreview.firstPage(new ByteArrayInputStream("%PDF-1.7 but nothing else".getBytes())));
    }
}
