package org.peercert.platform.csv;

import java.io.Serializable;

/** A line of an uploaded file that was not applied, and why, as the person who uploaded it is told. */
public record RejectedLine(long line, String reason) implements Serializable {
}
