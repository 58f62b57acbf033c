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
        return pdfWithABlackBoxOnPageOne(pages, PDRectangle.LETTER);
    }

    private static byte[] pdfWithABlackBoxOnPageOne(int pages, PDRectangle size) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                if (i == 0) {
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.addRect(0, size.getHeight() - 100, 100, 100);
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
    void aVeryTallPageIsScaledToAtMostTwoThousandPixelsHigh() throws IOException {
        byte[] tall = pdfWithABlackBoxOnPageOne(1, new PDRectangle(612, 14_400));
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(PdfPreview.firstPage(new ByteArrayInputStream(tall))));
        assertEquals(2000, picture.getHeight(), "200 inches high at 10 dots an inch");
        assertEquals(85, picture.getWidth(), "in proportion (612 / 14,400 of 2,000)");
    }

    @Test
    void somethingThatIsNoPdfIsRefused() {
        assertThrows(IOException.class, () -> PdfPreview.firstPage(new ByteArrayInputStream("%PDF-1.7 but nothing else".getBytes())));
    }
}
