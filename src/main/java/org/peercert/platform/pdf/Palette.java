package org.peercert.certificate;

import java.awt.Color;

/** The colours of the printed documents. */
final class Palette {

    static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
    static final Color GOLD = new Color(0xA8, 0x86, 0x4E);
    static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x5A, 0x5A, 0x5A);
    static final Color HAIRLINE = new Color(0xBB, 0xBB, 0xBB);
    static final Color WHITE = Color.WHITE;
    static final Color GREEN = new Color(0x1E, 0x6B, 0x34);
    static final Color WARNING = new Color(0xB0, 0x1C, 0x1C);
    static final Color WARNING_WATERMARK = new Color(0xF6, 0xD5, 0xD5);

    private Palette() {
    }
}
