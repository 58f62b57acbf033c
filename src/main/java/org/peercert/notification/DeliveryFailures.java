package org.peercert.notification;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

/**
 * Tells a delivery failure that retrying cannot mend from a passing one. A malformed address, or an
 * address the SMTP server refused for good (a 5xx answer, which Jakarta Mail reports as an invalid
 * address; a 4xx leaves it "valid but unsent"), is permanent. Everything else is retried.
 */
final class DeliveryFailures {

    private DeliveryFailures() {
    }

    static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AddressException) {
                return true;
            }
            if (t instanceof SendFailedException sent && sent.getInvalidAddresses() != null && sent.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }
}
