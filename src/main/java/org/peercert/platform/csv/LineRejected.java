package org.peercert.platform.csv;

/** Thrown by a line handler of {@link CsvLines} to leave the line out with the reason shown to the uploader. */
public final class LineRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LineRejected(String reason) {
        super(reason, null, false, false);
    }
}
