package org.peercert.certificate.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A Bitstring Status List (W3C Bitstring Status List v1.0): one status per credential, of {@code statusSize} bits
 * (one bit for a revocation or suspension list, set when the credential has that status; two bits for the portal's
 * {@code message} list of {@link Standing}s). Index 0 is the left-most bit of the first byte; a status of several bits
 * starts at bit {@code index × statusSize} and reads its first bit as the most significant. The list is
 * published inside a signed status list credential as {@link #encoded()}: the GZIP-compressed bitstring,
 * base64url without padding, with the multibase prefix {@code u}.
 *
 * <p>Not thread-safe; the portal builds a list from its database for each status list credential it serves.
 */
public final class StatusList {

    /** The specification's minimum length, 16 KiB of bits, so that one holder's index says little about them. */
    public static final int MINIMUM_SIZE = 131_072;

    /** The longest list {@link #decode(String)} expands (2 MiB of bits), so a crafted list cannot exhaust memory. */
    public static final int MAXIMUM_SIZE = 16_777_216;

    private static final char MULTIBASE_BASE64URL = 'u';

    private final byte[] bits;

    /** An empty list (no status set) of the minimum size. */
    public StatusList() {
        this(MINIMUM_SIZE);
    }

    /** An empty list of {@code size} bits: at least {@link #MINIMUM_SIZE}, at most {@link #MAXIMUM_SIZE}, a whole number of bytes. */
    public StatusList(int size) {
        this(new byte[checkedSize(size) / Byte.SIZE]);
    }

    private StatusList(byte[] bits) {
        this.bits = bits;
    }

    public int size() {
        return bits.length * Byte.SIZE;
    }

    public void set(int index, boolean status) {
        checkIndex(index);
        if (status) {
            bits[index / Byte.SIZE] |= mask(index);
        } else {
            bits[index / Byte.SIZE] &= (byte) ~mask(index);
        }
    }

    public boolean get(int index) {
        checkIndex(index);
        return (bits[index / Byte.SIZE] & mask(index)) != 0;
    }

    /** The status of entry {@code index} in a list of {@code statusSize}-bit statuses. */
    public int value(int index, int statusSize) {
        int first = firstBit(index, statusSize);
        int value = 0;
        for (int bit = first; bit < first + statusSize; bit++) {
            value = (value << 1) | (get(bit) ? 1 : 0);
        }
        return value;
    }

    /** Sets the status of entry {@code index} in a list of {@code statusSize}-bit statuses. */
    public void setValue(int index, int statusSize, int value) {
        int first = firstBit(index, statusSize);
        if (value < 0 || value >= 1 << statusSize) {
            throw new IllegalArgumentException("A status of " + statusSize + " bits is between 0 and " + ((1 << statusSize) - 1) + ", not " + value + ".");
        }
        for (int bit = 0; bit < statusSize; bit++) {
            set(first + bit, (value >>> (statusSize - 1 - bit) & 1) == 1);
        }
    }

    /** How many statuses of {@code statusSize} bits the list holds. */
    public int entries(int statusSize) {
        return size() / requireStatusSize(statusSize);
    }

    private int firstBit(int index, int statusSize) {
        if (index < 0 || index >= entries(statusSize)) {
            throw new IllegalArgumentException("Status list entry " + index + " is outside the list of " + entries(statusSize) + " entries.");
        }
        return index * statusSize;
    }

    private static int requireStatusSize(int statusSize) {
        if (statusSize < 1 || statusSize > Byte.SIZE) {
            throw new IllegalArgumentException("A status is 1 to 8 bits, not " + statusSize + ".");
        }
        return statusSize;
    }

    /** The {@code encodedList} value: multibase base64url (no padding) of the GZIP-compressed bitstring. */
    public String encoded() {
        return MULTIBASE_BASE64URL + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits));
    }

    /**
     * Reads an {@code encodedList} value.
     *
     * @throws IllegalArgumentException when the value is not multibase base64url, not GZIP, or expands to a list
     *                                  shorter than {@link #MINIMUM_SIZE} or longer than {@link #MAXIMUM_SIZE}
     */
    public static StatusList decode(String encodedList) {
        if (encodedList == null || encodedList.isEmpty()) {
            throw new IllegalArgumentException("The encoded status list is empty.");
        }
        if (encodedList.charAt(0) != MULTIBASE_BASE64URL) {
            throw new IllegalArgumentException("The encoded status list does not start with the multibase prefix 'u' (base64url).");
        }
        byte[] bits = gunzip(base64Url(encodedList.substring(1)));
        checkedSize((long) bits.length * Byte.SIZE);
        return new StatusList(bits);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusList list && Arrays.equals(bits, list.bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return "StatusList[" + size() + " bits]";
    }

    private static byte mask(int index) {
        return (byte) (0x80 >>> (index % Byte.SIZE));
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new IllegalArgumentException("Status list index " + index + " is outside the list of " + size() + " bits.");
        }
    }

    private static int checkedSize(long size) {
        if (size < MINIMUM_SIZE) {
            throw new IllegalArgumentException("A status list holds at least " + MINIMUM_SIZE + " bits; this one has " + size + ".");
        }
        if (size > MAXIMUM_SIZE) {
            throw new IllegalArgumentException("A status list holds at most " + MAXIMUM_SIZE + " bits; this one has " + size + " or more.");
        }
        if (size % Byte.SIZE != 0) {
            throw new IllegalArgumentException("A status list size is a whole number of bytes; " + size + " bits is not.");
        }
        return (int) size;
    }

    private static byte[] base64Url(String text) {
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException notBase64Url) {
            throw new IllegalArgumentException("The encoded status list is not base64url: " + notBase64Url.getMessage(), notBase64Url);
        }
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException impossibleInMemory) {
            throw new UncheckedIOException(impossibleInMemory);
        }
        return out.toByteArray();
    }

    /** Expands at most one byte more than the maximum, so an oversized list is refused without being held whole. */
    private static byte[] gunzip(byte[] compressed) {
        int limit = MAXIMUM_SIZE / Byte.SIZE + 1;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readNBytes(limit);
        } catch (IOException notGzip) {
            throw new IllegalArgumentException("The encoded status list is not GZIP-compressed data: " + notGzip.getMessage(), notGzip);
        }
    }
}
