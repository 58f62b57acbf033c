package org.peercert.background.exclusion;

/** A line an import left out, and why. */
public record ImportRejectRow(long lineNumber, String reason) {
}
