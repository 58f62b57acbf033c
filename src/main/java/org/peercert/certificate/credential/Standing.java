package org.peercert.certificate.credential;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A certificate's standing as its credential's one status entry publishes it (R-TRN-3, #27): a two-bit status in a
 * Bitstring Status List of purpose {@code message}. The high bit is revocation, which is final; the low bit is
 * suspension, which reinstatement clears. An inactive certificate (at the holder's request) may not be used to practise
 * either, so it reads as suspended.
 */
public enum Standing {
    VALID("valid"),
    SUSPENDED("suspended"),
    REVOKED("revoked");

    /** The bits of one status: {@code statusSize} in the credential's status entry. */
    public static final int STATUS_SIZE = 2;

    private static final int REVOKED_BIT = 0b10;
    private static final int SUSPENDED_BIT = 0b01;

    private final String message;

    Standing(String message) {
        this.message = message;
    }

    /** The status written in the list. */
    public int value() {
        return switch (this) {
            case VALID -> 0;
            case SUSPENDED -> SUSPENDED_BIT;
            case REVOKED -> REVOKED_BIT;
        };
    }

    /** A status read from the list; both bits set (never written by the portal) still reads as revoked. */
    public static Standing of(int value) {
        if ((value & REVOKED_BIT) != 0) {
            return REVOKED;
        }
        return (value & SUSPENDED_BIT) != 0 ? SUSPENDED : VALID;
    }

    /** The {@code statusMessage} of the status entry: one message for each of the four values two bits can hold. */
    static List<Map<String, Object>> statusMessages() {
        return IntStream.range(0, 1 << STATUS_SIZE).mapToObj(value -> {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("status", "0x" + Integer.toHexString(value));
            message.put("message", of(value).message);
            return message;
        }).toList();
    }
}
