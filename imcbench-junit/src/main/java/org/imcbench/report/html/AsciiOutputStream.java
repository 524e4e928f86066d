package org.imcbench.report.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Bytes of ASCII text (base64) written as characters into the page's {@link Writer}, so that an
 * encoder's stream can write into the page; closing it leaves the page open.
 */
final class AsciiOutputStream extends OutputStream {
    private final Writer page;
    private final char[] chars = new char[1 << 13];

    AsciiOutputStream(Writer page) {
        this.page = page;
    }

    @Override
    public void write(int b) throws IOException {
        page.write(b & 0x7f);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int done = 0; done < length; done += chars.length) {
            int count = Math.min(chars.length, length - done);
            for (int i = 0; i < count; i++) {
                chars[i] = (char) (bytes[offset + done + i] & 0x7f);
            }
            page.write(chars, 0, count);
        }
    }

    /** Leaves the page open: the page's own writer closes it. */
    @Override
    public void close() {
    }
}
