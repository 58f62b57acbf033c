package org.peercert.platform.csv;

import java.io.Serializable;

/**
 * A line of an uploaded file that was not applied, and why, as the person who uploaded it is told; {@code text} echoes
 * the line as it was read (shortened when long), so the person sees which one without opening the file.
 */
public record RejectedLine(long line, String reason, String text) implements Serializable {
}
