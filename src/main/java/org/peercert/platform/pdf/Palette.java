package org.peercert.platform.pdf;

import java.awt.Color;

/** The colours of the printed documents. */
public final class Palette {

    public static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
    public static final Color GOLD = new Color(0xA8, 0x86, 0x4E);
    public static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    public static final Color MUTED = new Color(0x5A, 0x5A, 0x5A);
    public static final Color HAIRLINE = new Color(0xBB, 0xBB, 0xBB);
    public static final Color WHITE = Color.WHITE;
    public static final Color GREEN = new Color(0x1E, 0x6B, 0x34);
    public static final Color WARNING = new Color(0xB0, 0x1C, 0x1C);
    public static final Color WARNING_WATERMARK = new Color(0xF6, 0xD5, 0xD5);

    private Palette() {
    }
}
