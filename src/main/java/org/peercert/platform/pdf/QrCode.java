package org.peercert.platform.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** A QR code (error correction M, the standard quiet zone) as a lossless black-and-white image. */
public final class QrCode {

    /** Image pixels per QR module, so a viewer that smooths scaled images still shows sharp modules. */
    private static final int PIXELS_PER_MODULE = 8;
    private static final int QUIET_ZONE_MODULES = 4;

    private QrCode() {
    }

    public static PDImageXObject image(PDDocument document, String text) throws IOException {
        return LosslessFactory.createFromImage(document, toImage(encode(text)));
    }

    /** The same code as a PNG, for a page (an authenticator app's set-up address, say). */
    public static byte[] png(String text) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(toImage(encode(text)), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE_MODULES));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
    }

    private static BufferedImage toImage(BitMatrix modules) {
        int size = modules.getWidth() * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = modules.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE);
                image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }
}
