package org.peercert.platform.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text a standard 14 font can show, sized to fit a width. */
public final class PrintableText {

    private static final float SIZE_STEP = 0.25f;
    private static final float SMALLEST_SIZE = 1f;
    /** A long text stays on one line while it can keep this share of its size; below that it wraps. */
    private static final float ONE_LINE_SHARE = 0.7f;

    /** Lines of text at one font size. */
    public record Fitted(List<String> lines, float size) {
    }

    private PrintableText() {
    }

    /**
     * The text with what the font cannot encode (WinAnsi for the standard 14 fonts) replaced: an accented
     * letter by its base letter when the font has that ("ễ" becomes "e"), anything else by '?'.
     */
    public static String printable(PDFont font, String text) {
        String composed = Normalizer.normalize(text.replaceAll("\\s+", " ").strip(), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> out.append(printable(font, cp)));
        return out.toString();
    }

    private static String printable(PDFont font, int codePoint) {
        String character = Character.toString(codePoint);
        if (canEncode(font, character)) {
            return character;
        }
        String baseLetter = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return !baseLetter.isEmpty() && canEncode(font, baseLetter) ? baseLetter : "?";
    }

    private static boolean canEncode(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    public static float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The largest size up to {@code maxSize} at which the text fits {@code width} in at most {@code maxLines}
     * lines; one line is kept while it is not much smaller than wrapping would be. Text must be printable.
     */
    public static Fitted fit(PDFont font, String text, float width, float maxSize, int maxLines) {
        Fitted oneLine = shrink(font, text, width, maxSize, 1);
        if (maxLines == 1 || oneLine.size() >= maxSize * ONE_LINE_SHARE) {
            return oneLine;
        }
        return shrink(font, text, width, maxSize, maxLines);
    }

    private static Fitted shrink(PDFont font, String text, float width, float maxSize, int maxLines) {
        for (float size = maxSize; size > SMALLEST_SIZE; size -= SIZE_STEP) {
            List<String> lines = wrap(font, text, width, size);
            if (lines.size() <= maxLines && allFit(font, lines, width, size)) {
                return new Fitted(lines, size);
            }
        }
        return new Fitted(List.of(text), SMALLEST_SIZE);
    }

    private static boolean allFit(PDFont font, List<String> lines, float width, float size) {
        return lines.stream().allMatch(line -> width(font, line, size) <= width);
    }

    /** Greedy word wrap; a word longer than the width gets a line of its own (and does not fit). */
    public static List<String> wrap(PDFont font, String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(font, longer, size) <= width) {
                line = longer;
            } else {
                lines.add(line);
                line = word;
            }
        }
        lines.add(line);
        return lines;
    }
}
