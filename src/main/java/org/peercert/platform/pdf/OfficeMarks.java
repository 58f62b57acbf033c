package org.peercert.platform.pdf;

import java.util.Optional;

/**
 * #28: the office's seal and its official's signature as pictures (PNG or JPEG bytes) to draw on a document, either
 * absent: a document without a seal picture draws its own seal, one without a signature leaves the line to sign.
 */
public final class OfficeMarks {

    private static final OfficeMarks NONE = new OfficeMarks(null, null);

    private final byte[] seal;
    private final byte[] signature;

    private OfficeMarks(byte[] seal, byte[] signature) {
        this.seal = seal == null ? null : seal.clone();
        this.signature = signature == null ? null : signature.clone();
    }

    public static OfficeMarks of(byte[] seal, byte[] signature) {
        return new OfficeMarks(seal, signature);
    }

    public static OfficeMarks none() {
        return NONE;
    }

    public Optional<byte[]> seal() {
        return Optional.ofNullable(seal).map(byte[]::clone);
    }

    public Optional<byte[]> signature() {
        return Optional.ofNullable(signature).map(byte[]::clone);
    }
}
