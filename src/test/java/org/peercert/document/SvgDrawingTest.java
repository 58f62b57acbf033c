package org.peercert.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** #28: an office's seal uploaded as SVG is kept as a PNG drawn from it, and only from it. */
class SvgDrawingTest {

    private static final long MAX = 1024 * 1024;
    private static final long PIXELS = 40_000_000;
    private static final String RED_CIRCLE = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">
              <circle cx="100" cy="50" r="40" fill="#ff0000"/>
            </svg>""";

    @TempDir
    Path dir;

    private Path svg(String text) throws IOException {
        return Files.writeString(dir.resolve("seal.svg"), text, StandardCharsets.UTF_8);
    }

    private static BufferedImage picture(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void aDrawingBecomesAPngOfTheLongerSideKeepingItsShape() throws IOException {
        BufferedImage drawn = picture(SvgDrawing.asPng(svg(RED_CIRCLE)));

        assertEquals(SvgDrawing.LONGER_SIDE_PIXELS, drawn.getWidth());
        assertEquals(SvgDrawing.LONGER_SIDE_PIXELS / 2, drawn.getHeight(), "a 2:1 drawing stays 2:1");
        assertEquals(0xFFFF0000, drawn.getRGB(600, 300), "the circle's middle is red");
        assertEquals(0, drawn.getRGB(5, 5) >>> 24, "around it stays transparent, as a seal on a white page needs");
    }

    @Test
    void anSvgIsRecognisedByItsContentAndStillRefusedAsAnApplicationDocument() throws IOException {
        Path drawing = svg(RED_CIRCLE);

        assertTrue(FileContentCheck.isSvg(drawing, MAX));
        assertEquals("document.wrongType", assertThrows(UploadProblem.class,
                () -> FileContentCheck.mediaTypeOf(drawing, MAX, PIXELS)).messageKey(), "only a seal may be a drawing");
        assertFalse(FileContentCheck.isSvg(Files.write(dir.resolve("scan.svg"), FileContentCheckTest.png()), MAX));
    }

    @Test
    void aDrawingOfOnlyAFileOnTheServerIsRefusedNotKeptBlank() throws IOException {
        Path picture = Files.write(dir.resolve("red.png"), redSquarePng());
        Path outside = svg("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">
                  <image xlink:href="%s" width="100" height="100"/>
                  <image href="%s" width="100" height="100"/>
                </svg>""".formatted(picture.toUri(), picture.toAbsolutePath()));

        assertEquals("document.svgEmpty", assertThrows(UploadProblem.class, () -> SvgDrawing.asPng(outside)).messageKey(),
                "a readable picture on this machine is not read into the seal");
    }

    @Test
    void aPicturePlacedInTheDrawingIsNotDecodedEither() throws IOException {
        Path placed = svg("""
                <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
                  <image href="data:image/png;base64,%s" width="100" height="100"/>
                </svg>""".formatted(Base64.getEncoder().encodeToString(redSquarePng())));

        assertEquals("document.svgEmpty", assertThrows(UploadProblem.class, () -> SvgDrawing.asPng(placed)).messageKey());
    }

    private static byte[] redSquarePng() throws IOException {
        BufferedImage red = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                red.setRGB(x, y, 0xFF0000);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(red, "png", png);
        return png.toByteArray();
    }

    @Test
    void anEntityNamingAFileIsNeverRead() throws IOException {
        Path entity = svg("""
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text x="0" y="50">&secret;</text></svg>""");

        UploadProblem refused = assertThrows(UploadProblem.class, () -> SvgDrawing.asPng(entity));
        assertTrue(refused.messageKey().startsWith("document.svg"), refused.messageKey());
    }

    @Test
    void aScriptIsNotRunAndTheRestIsDrawn() throws IOException {
        Path scripted = svg(RED_CIRCLE.replace("<circle", """
                <script>java.lang.System.exit(1)</script><circle onload="java.lang.System.exit(1)\""""));

        assertEquals(0xFFFF0000, picture(SvgDrawing.asPng(scripted)).getRGB(600, 300));
    }

    @Test
    void textThatIsNotADrawingIsRefused() throws IOException {
        assertEquals("document.svgUnreadable", assertThrows(UploadProblem.class,
                () -> SvgDrawing.asPng(svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><circle"))).messageKey());
    }

    @Test
    void theKeptNameSaysPng() {
        assertEquals("State Seal.png", DocumentService.drawnName("State Seal.SVG"));
        assertEquals("seal.png", DocumentService.drawnName("seal.png"));
    }
}
