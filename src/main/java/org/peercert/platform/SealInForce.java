package org.peercert.platform;

import java.util.Optional;

/**
 * #28: the office's seal in force now, for what heads the mails; the branding feature keeps it (mails are sent by a
 * feature that branding itself depends on, hence this interface).
 */
public interface SealInForce {

    /** The seal's picture, small enough for every mail; absent while the office uses none or it cannot be read. */
    Optional<Picture> seal();

    /** A picture and its media type (image/png or image/jpeg). */
    record Picture(String mediaType, byte[] bytes) {

        public Picture {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
