package org.peercert.branding;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * #28: the seal as the mails carry it, a small PNG: the mail shows it 72 pixels high, so twice that keeps it sharp on a
 * high-density screen, where the upload itself may be megabytes that every mail would carry.
 */
record MailSeal(long sealId, byte[] png) {

    static final int LONGER_SIDE_PIXELS = 144;

    MailSeal {
        png = png.clone();
    }

    static MailSeal of(long sealId, byte[] upload) {
        return new MailSeal(sealId, smallPng(upload));
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    private static byte[] smallPng(byte[] upload) {
        try {
            BufferedImage seal = ImageIO.read(new ByteArrayInputStream(upload));
            if (seal == null) {
                throw new IOException("The seal is no picture ImageIO reads");
            }
            double scale = Math.min(1.0, (double) LONGER_SIDE_PIXELS / Math.max(seal.getWidth(), seal.getHeight()));
            int width = Math.max(1, (int) Math.round(seal.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(seal.getHeight() * scale));
            BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D canvas = small.createGraphics();
            try {
                canvas.drawImage(seal.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
            } finally {
                canvas.dispose();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(small, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
