package org.imcbench.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A JSON data block of the page, {@code <script type="application/json">}, written straight into
 * the page with Jackson's streaming generator. {@code <}, {@code >} and {@code &} are written as
 * {@code \u003c}-style escapes, so no text in the data (a model's answer, a title) can end the block
 * or open a comment; the page's script reads it with {@code JSON.parse}.
 */
final class JsonBlock {
    private static final JsonFactory JSON = new JsonFactoryBuilder().characterEscapes(new ScriptSafe())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonBlock() {
    }

    /** What writes the block's value. */
    @FunctionalInterface
    interface Content {
        /** Writes one JSON value. */
        void writeTo(JsonGenerator json) throws IOException;
    }

    /** Writes a data block with these attributes (name, value pairs) holding what {@code content} writes. */
    static void write(Html html, Content content, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "type";
        all[1] = "application/json";
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        html.open("script", all);
        try (JsonGenerator json = JSON.createGenerator(html.writer())) {
            content.writeTo(json);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a data block of the HTML report", e);
        }
        html.close("script");
    }

    /** JSON's escapes, and {@code <}, {@code >}, {@code &} as unicode escapes. */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafe() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
