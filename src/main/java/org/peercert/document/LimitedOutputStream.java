package org.peercert.document;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Refuses to write more than a limit, so an oversized upload is never stored whole. */
class LimitedOutputStream extends FilterOutputStream {

    static class LimitReached extends IOException {
        LimitReached() {
            super("upload limit reached");
        }
    }

    private final long limit;
    private long written;

    LimitedOutputStream(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        count(len);
        out.write(b, off, len);
    }

    private void count(int more) throws LimitReached {
        written += more;
        if (written > limit) {
            throw new LimitReached();
        }
    }
}
