package org.peercert.platform;

import java.util.Optional;

/**
 * #28: the office's seal in force now, for what heads the mails; the branding feature keeps it (mails are sent by a
 * feature that branding itself depends on, hence this interface).
 */
public interface SealInForce {

    /** The seal as a PNG small enough for every mail; absent while the office uses none or it cannot be read. */
    Optional<byte[]> sealPng();
}
