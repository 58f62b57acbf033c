package org.peercert.notification;

import java.util.Objects;

/** A plain-text message to one recipient, as a feature wants it sent; {@code template} names the text it was made from. */
public record Mail(String to, String subject, String body, String template) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(template, "template");
    }
}
