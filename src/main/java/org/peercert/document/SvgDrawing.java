package org.peercert.document;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * #28: an SVG drawing (an office's seal or logo) becomes a PNG once, when it is uploaded, and the pages, mails and
 * certificates use the PNG. JSVG reads it without running a script, without a DTD and without any file or address
 * outside the drawing, and without pictures placed in it (a data: address would be decoded with no limit on its
 * pixels); a drawing that shows nothing (all of it was such pictures) is refused rather than kept blank. Known limit:
 * a pattern whose tile is huge against a tiny viewBox can ask for gigabytes (JSVG does not clip the tile); only
 * administrators upload seals.
 */
final class SvgDrawing {

    static final String MEDIA_TYPE = "image/svg+xml";
    /** The PNG's longer side: a seal printed an inch wide on the wall certificate still has 600 pixels an inch. */
    static final int LONGER_SIDE_PIXELS = 1200;

    private static final LoaderContext NOTHING_FROM_OUTSIDE = LoaderContext.builder()
            .externalResourcePolicy(ResourcePolicy.DENY_ALL).build();

    private SvgDrawing() {
    }

    /** @throws UploadProblem {@code document.svgUnreadable} or {@code document.svgEmpty} */
    static byte[] asPng(Path svg) throws IOException {
        SVGDocument drawing;
        try (InputStream in = Files.newInputStream(svg)) {
            drawing = new SVGLoader().load(in, null, NOTHING_FROM_OUTSIDE);
        } catch (RuntimeException unreadable) {
            throw new UploadProblem("document.svgUnreadable");
        }
        if (drawing == null || !(drawing.size().width > 0 && drawing.size().height > 0)) {
            throw new UploadProblem("document.svgUnreadable");
        }
        BufferedImage picture = drawn(drawing);
        if (isBlank(picture)) {
            throw new UploadProblem("document.svgEmpty");
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        return png.toByteArray();
    }

    private static BufferedImage drawn(SVGDocument drawing) {
        FloatSize size = drawing.size();
        double scale = LONGER_SIDE_PIXELS / Math.max(size.width, size.height);
        int width = Math.max(1, (int) Math.round(size.width * scale));
        int height = Math.max(1, (int) Math.round(size.height * scale));
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D canvas = picture.createGraphics();
        try {
            canvas.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            canvas.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            drawing.render(null, canvas, new ViewBox(width, height));
        } catch (RuntimeException unreadable) {
            throw new UploadProblem("document.svgUnreadable");
        } finally {
            canvas.dispose();
        }
        return picture;
    }

    private static boolean isBlank(BufferedImage picture) {
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if ((picture.getRGB(x, y) >>> 24) != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
