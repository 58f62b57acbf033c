package org.peercert.platform.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/** Drawing on one page in points from the lower left corner; text is made printable before it is shown. */
public final class PageCanvas implements AutoCloseable {

    /** How far a Bezier control point sits from a quarter circle's ends, as a share of the radius. */
    private static final float CIRCLE_KAPPA = 0.5523f;

    private final PDDocument document;
    private final PDPageContentStream stream;

    public PageCanvas(PDDocument document, PDPage page) throws IOException {
        this.document = document;
        this.stream = new PDPageContentStream(document, page);
    }

    public PDDocument document() {
        return document;
    }

    public void fillRect(Color color, float x, float y, float width, float height) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, y, width, height);
        stream.fill();
    }

    public void strokeRect(Color color, float lineWidth, float x, float y, float width, float height) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, width, height);
        stream.stroke();
    }

    public void line(Color color, float lineWidth, float x1, float y1, float x2, float y2) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    public void circle(Color color, float lineWidth, float centerX, float centerY, float radius) throws IOException {
        float k = radius * CIRCLE_KAPPA;
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.moveTo(centerX + radius, centerY);
        stream.curveTo(centerX + radius, centerY + k, centerX + k, centerY + radius, centerX, centerY + radius);
        stream.curveTo(centerX - k, centerY + radius, centerX - radius, centerY + k, centerX - radius, centerY);
        stream.curveTo(centerX - radius, centerY - k, centerX - k, centerY - radius, centerX, centerY - radius);
        stream.curveTo(centerX + k, centerY - radius, centerX + radius, centerY - k, centerX + radius, centerY);
        stream.closePath();
        stream.stroke();
    }

    public void image(PDImageXObject image, float x, float y, float size) throws IOException {
        stream.drawImage(image, x, y, size, size);
    }

    /**
     * Draws a picture (PNG or JPEG bytes) as large as fits the box whose centre is given, keeping its proportions (#28:
     * an office's seal or signature, whatever its shape).
     */
    public void picture(byte[] picture, float centerX, float centerY, float maxWidth, float maxHeight) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(document, picture, "picture");
        float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        stream.drawImage(image, centerX - width / 2, centerY - height / 2, width, height);
    }

    public void text(PDFont font, float size, Color color, float x, float y, String text) throws IOException {
        show(font, size, color, Matrix.getTranslateInstance(x, y), PrintableText.printable(font, text));
    }

    public void centeredText(PDFont font, float size, Color color, float centerX, float y, String text) throws IOException {
        String printable = PrintableText.printable(font, text);
        float x = centerX - PrintableText.width(font, printable, size) / 2;
        show(font, size, color, Matrix.getTranslateInstance(x, y), printable);
    }

    /** Text centred on a point and turned by {@code radians} counter-clockwise around it. */
    public void turnedText(PDFont font, float size, Color color, float centerX, float centerY, double radians, String text)
            throws IOException {
        String printable = PrintableText.printable(font, text);
        Matrix matrix = Matrix.getRotateInstance(radians, centerX, centerY);
        matrix.translate(-PrintableText.width(font, printable, size) / 2, -capHeight(font, size) / 2);
        show(font, size, color, matrix, printable);
    }

    public void rightAlignedText(PDFont font, float size, Color color, float rightX, float y, String text) throws IOException {
        String printable = PrintableText.printable(font, text);
        float x = rightX - PrintableText.width(font, printable, size);
        show(font, size, color, Matrix.getTranslateInstance(x, y), printable);
    }

    /**
     * Text shrunk, and wrapped to at most {@code maxLines} lines, to fit the box that starts at {@code left}
     * and is {@code width} wide; the lines' block is centred vertically on {@code centerY}.
     */
    public void fittedText(PDFont font, float maxSize, Color color, Align align, float left, float width, float centerY,
                    int maxLines, String text) throws IOException {
        PrintableText.Fitted fitted = PrintableText.fit(font, PrintableText.printable(font, text), width, maxSize, maxLines);
        float leading = fitted.size() * 1.2f;
        float firstBaseline = centerY + (fitted.lines().size() - 1) * leading / 2 - capHeight(font, fitted.size()) / 2;
        for (int i = 0; i < fitted.lines().size(); i++) {
            float baseline = firstBaseline - i * leading;
            if (align == Align.CENTER) {
                centeredText(font, fitted.size(), color, left + width / 2, baseline, fitted.lines().get(i));
            } else {
                text(font, fitted.size(), color, left, baseline, fitted.lines().get(i));
            }
        }
    }

    public enum Align { LEFT, CENTER }

    private void show(PDFont font, float size, Color color, Matrix matrix, String printable) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(color);
        stream.setTextMatrix(matrix);
        stream.showText(printable);
        stream.endText();
    }

    private static float capHeight(PDFont font, float size) {
        float capHeight = font.getFontDescriptor() == null ? 700f : font.getFontDescriptor().getCapHeight();
        return capHeight / 1000f * size;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
