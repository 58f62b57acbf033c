package org.peercert.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The portal's two configurable colours (#28) and the WCAG 2.x contrast they must keep: the header colour carries white
 * text (the header, buttons), the accent colour is text on the white page (links). Each must reach AA, 4.5:1, against
 * white, or it is refused with a message that says what to choose instead.
 */
public record BrandColors(String header, String accent) {

    /** WCAG 2.x AA for normal text. */
    public static final double MINIMUM_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final int WHITE = 0xffffff;

    public BrandColors {
        header = normalized(header, "header colour (PEERCERT_OFFICE_HEADER_COLOR)");
        accent = normalized(accent, "accent colour (PEERCERT_OFFICE_ACCENT_COLOR)");
        problem(header, "header colour (PEERCERT_OFFICE_HEADER_COLOR)", "white text on it").ifPresent(BrandColors::refuse);
        problem(accent, "accent colour (PEERCERT_OFFICE_ACCENT_COLOR)", "it as text on the white page").ifPresent(BrandColors::refuse);
        problem(accent, tint(header), "accent colour (PEERCERT_OFFICE_ACCENT_COLOR)", "it as text on the panels (a tint of the header colour)")
                .ifPresent(BrandColors::refuse);
    }

    /** The style sheet that sets the colours over the defaults of peercert.css (html:root outranks its :root, whatever the order). */
    public String css() {
        return "html:root{--brand:" + header + ";--brand-dark:" + hex(mix(rgb(header), 0x000000, 0.25)) + ";--accent-bg:"
                + tint(header) + ";--accent:" + accent + ";}\n";
    }

    /** WCAG 2.x contrast ratio of two colours, 1 to 21. */
    public static double contrast(String first, String second) {
        double a = luminance(rgb(first));
        double b = luminance(rgb(second));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The panels' background: the header colour, nearly white. */
    private static String tint(String header) {
        return hex(mix(rgb(header), WHITE, 0.94));
    }

    private static Optional<String> problem(String color, String what, String use) {
        return problem(color, "#ffffff", what, use);
    }

    private static Optional<String> problem(String color, String background, String what, String use) {
        double ratio = contrast(color, background);
        if (ratio >= MINIMUM_CONTRAST) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.US, "The %s %s gives %s a contrast of %.2f:1; WCAG AA needs at least %.1f:1. "
                + "Choose a darker colour.", what, color, use, ratio, MINIMUM_CONTRAST));
    }

    private static void refuse(String message) {
        throw new IllegalArgumentException(message);
    }

    private static String normalized(String color, String what) {
        if (color == null || !HEX.matcher(color.strip()).matches()) {
            throw new IllegalArgumentException("The " + what + " must be a colour written #rrggbb, not " + color + ".");
        }
        return color.strip().toLowerCase(Locale.ROOT);
    }

    private static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }

    private static String hex(int rgb) {
        return String.format("#%06x", rgb);
    }

    private static int mix(int color, int with, double share) {
        int mixed = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int channel = (int) Math.round(((color >> shift) & 0xff) * (1 - share) + ((with >> shift) & 0xff) * share);
            mixed |= channel << shift;
        }
        return mixed;
    }

    private static double luminance(int rgb) {
        return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
