package org.imcbench.report.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A tiny HTML writer: every piece of text goes through {@link #text} and every attribute value
 * through {@link #open}, both escaped, so that untrusted text (model answers, rationales) can never
 * become markup. Only the fixed markup of the report's own sections is written unescaped. It writes
 * straight to its {@link Writer}: a page is streamed to its file, never held whole.
 */
final class Html {
    private final Writer out;
    /** The UTF-8 bytes {@link #out} writes into, when known: bytes that are already UTF-8 go there as they are. */
    private final OutputStream bytes;

    /** Writes the markup to {@code out} as it is built. */
    Html(Writer out) {
        this(out, null);
    }

    /**
     * Writes the markup to {@code out} as it is built; {@code bytes} is the stream {@code out} encodes into as
     * UTF-8, so that ASCII and UTF-8 content ({@link #ascii}, {@link #copy}) is written into it without being
     * decoded and encoded again.
     */
    Html(Writer out, OutputStream bytes) {
        this.out = out;
        this.bytes = bytes;
    }

    /** Escapes {@code &}, {@code <}, {@code >}, {@code "} and {@code '}; text without them is returned as it is. */
    static String escape(String text) {
        StringBuilder escaped = null;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 16);
                }
                escaped.append(text, from, i).append(entity);
                from = i + 1;
            }
        }
        return escaped == null ? text : escaped.append(text, from, text.length()).toString();
    }

    /** A score or difference with two decimals; {@code —} for {@code null}. */
    static String number(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A signed difference with two decimals, e.g. {@code +0.25}; {@code —} for {@code null}. */
    static String signed(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%+.2f", value);
    }

    /** An interval as {@code [3.10, 3.90]}; {@code —} when a bound is missing. */
    static String interval(Double lower, Double upper) {
        return lower == null || upper == null ? "—" : "[" + number(lower) + ", " + number(upper) + "]";
    }

    /**
     * Opens an element; {@code attributes} are name, value pairs (values escaped).
     *
     * @param tag the element name, a constant of the report's sections
     */
    Html open(String tag, String... attributes) {
        write("<" + tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            write(" " + attributes[i] + "=\"" + escape(attributes[i + 1]) + "\"");
        }
        return write(">");
    }

    /** Closes an element. */
    Html close(String tag) {
        return write("</" + tag + ">");
    }

    /** An element holding only escaped text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Escaped text. */
    Html text(String text) {
        return write(escape(text == null ? "" : text));
    }

    /** Fixed markup of the report itself (never data). */
    Html markup(String markup) {
        return write(markup);
    }

    /** The writer the markup goes to, for content written in another form (JSON, compressed data). */
    Writer writer() {
        return out;
    }

    /**
     * A stream of ASCII bytes (base64) into the page, after what was written before it; nothing else may be
     * written into the page until it is closed, which leaves the page open. With the page's bytes known, the
     * bytes go there as they are; else each becomes a character of the writer.
     */
    OutputStream ascii() {
        if (bytes == null) {
            return new AsciiOutputStream(out);
        }
        flush();
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                bytes.write(b);
            }

            @Override
            public void write(byte[] ascii, int offset, int length) throws IOException {
                bytes.write(ascii, offset, length);
            }
        };
    }

    /** Copies a UTF-8 file of markup into the page, as bytes when the page's bytes are known. */
    void copy(Path utf8) throws IOException {
        if (bytes == null) {
            try (Reader in = Files.newBufferedReader(utf8, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            return;
        }
        flush();
        Files.copy(utf8, bytes);
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the HTML report", e);
        }
    }

    private Html write(String markup) {
        try {
            out.write(markup);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the HTML report", e);
        }
    }
}
