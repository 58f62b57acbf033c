package org.peercert.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a PDF the portal made says, as its reader would take it: the text, and the QR code a phone would scan. It runs in
 * the test server too (zxing's core and PDFBox are in the portal), so it reads the pixels without zxing's javase part.
 */
public final class PdfContent {

    /** Dots per inch a first page is drawn at before its QR code is read: a phone's camera sees about as much. */
    private static final int SCAN_DPI = 200;

    private PdfContent() {
    }

    /** Every page's text, in reading order. */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text with each run of white space (line ends included) made one space, for sentences that wrap. */
    public static String flatText(byte[] pdf) throws IOException {
        return text(pdf).replaceAll("\\s+", " ");
    }

    /** The size in pixels ("40x40") of each picture drawn on the first page, the QR code's included, sorted. */
    public static List<String> pictureSizes(byte[] pdf) throws IOException {
        List<String> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    sizes.add(image.getWidth() + "x" + image.getHeight());
                }
            }
        }
        Collections.sort(sizes);
        return sizes;
    }

    /** The text of the QR code on the first page. */
    public static String qrCode(byte[] pdf) throws IOException, NotFoundException, ChecksumException, FormatException {
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, SCAN_DPI);
        }
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
