package org.peercert.background.exclusion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A list file's SHA-256 (which makes an import idempotent), its size and its character set, read in one
 * pass with constant memory. The list is published as plain text; a file saved by a spreadsheet may come
 * as UTF-16 with a byte-order mark or in Windows-1252, which is what is taken when the bytes are not UTF-8.
 */
public record FileFingerprint(String sha256, long sizeBytes, Charset charset) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BUFFER = 64 * 1024;

    public static FileFingerprint of(Path file) throws IOException {
        MessageDigest digest = newDigest();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer pending = ByteBuffer.allocate(BUFFER + 8);
        CharBuffer chars = CharBuffer.allocate(BUFFER + 8);
        boolean validUtf8 = true;
        byte[] head = null;
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                if (head == null) {
                    head = Arrays.copyOf(buffer, Math.min(n, 3));
                }
                size += n;
                if (validUtf8) {
                    pending.put(buffer, 0, n).flip();
                    validUtf8 = decodes(utf8, pending, chars, false);
                    pending.compact();
                }
            }
        }
        if (validUtf8) {
            pending.flip();
            validUtf8 = decodes(utf8, pending, chars, true);
        }
        return new FileFingerprint(HexFormat.of().formatHex(digest.digest()), size, charsetOf(head, validUtf8));
    }

    private static boolean decodes(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean last) {
        while (true) {
            chars.clear();
            CoderResult result = decoder.decode(bytes, chars, last);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
        }
    }

    private static Charset charsetOf(byte[] head, boolean validUtf8) {
        if (head != null && head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head != null && head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
