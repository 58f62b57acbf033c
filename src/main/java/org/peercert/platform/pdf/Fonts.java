package org.peercert.platform.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/** The standard 14 fonts the documents use: every PDF reader has them, so nothing is embedded. */
public record Fonts(PDFont serif, PDFont serifBold, PDFont serifItalic, PDFont sans, PDFont sansBold) {

    public static Fonts standard14() {
        return new Fonts(new PDType1Font(FontName.TIMES_ROMAN), new PDType1Font(FontName.TIMES_BOLD),
                new PDType1Font(FontName.TIMES_ITALIC), new PDType1Font(FontName.HELVETICA),
                new PDType1Font(FontName.HELVETICA_BOLD));
    }
}
