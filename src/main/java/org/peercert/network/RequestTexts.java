package org.peercert.network;

/** The texts typed on a credentialing request and its messages: trimmed, within their length, present where needed. */
final class RequestTexts {

    static final int SHORT = 500;
    static final int LONG = 2000;

    private RequestTexts() {
    }

    /** The text trimmed (empty when none), refused when longer than {@code max}. */
    static String limited(String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw new NetworkProblem("network.tooLong", max);
        }
        return stripped;
    }

    /** A long text that must be given, refused with the message key when empty. */
    static String required(String value, String messageKey) {
        String stripped = limited(value, LONG);
        if (stripped.isEmpty()) {
            throw new NetworkProblem(messageKey);
        }
        return stripped;
    }
}
