package org.peercert.document;

import java.io.InputStream;

/** A file that comes with a form, such as the record behind a background check: its name as sent and its content. */
public record Attachment(String fileName, InputStream content) {
}
