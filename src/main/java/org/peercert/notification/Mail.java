package org.peercert.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text message to one recipient, as a feature wants it sent, with any files it carries; {@code template}
 * names the text it was made from.
 */
public record Mail(String to, String subject, String body, String template, List<Attachment> attachments) {

    /** A file sent with the mail. */
    public record Attachment(String fileName, String mediaType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(content, "content");
        }
    }

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(template, "template");
        attachments = List.copyOf(attachments);
    }

    public Mail(String to, String subject, String body, String template) {
        this(to, subject, body, template, List.of());
    }

    /** The same mail carrying one more file. */
    public Mail with(Attachment file) {
        List<Attachment> files = new ArrayList<>(attachments);
        files.add(file);
        return new Mail(to, subject, body, template, files);
    }
}
