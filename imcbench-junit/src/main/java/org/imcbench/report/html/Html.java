package org.imcbench.report.html;

import java.util.Locale;

/**
 * A tiny HTML builder: every piece of text goes through {@link #text} and every attribute value
 * through {@link #open}, both escaped, so that untrusted text (model answers, rationales) can never
 * become markup. Only the fixed markup of the report's own sections is appended unescaped.
 */
final class Html {
    private final StringBuilder out = new StringBuilder();

    /** Escapes {@code &}, {@code <}, {@code >}, {@code "} and {@code '}. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
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
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    /** Closes an element. */
    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only escaped text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Escaped text. */
    Html text(String text) {
        out.append(escape(text == null ? "" : text));
        return this;
    }

    /** Fixed markup of the report itself (never data). */
    Html markup(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
