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

    AsciiOutputStream(Writer page) {
        this.page = page;
    }

    @Override
    public void write(int b) throws IOException {
        page.write(b & 0x7f);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) (bytes[offset + i] & 0x7f);
        }
        page.write(chars);
    }

    /** Leaves the page open: the page's own writer closes it. */
    @Override
    public void close() {
    }
}
