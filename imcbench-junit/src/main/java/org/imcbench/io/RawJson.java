package org.imcbench.io;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A JSON value already encoded as UTF-8, written into a Jackson generator as it is: no escaping, no
 * copy through a {@code String}. For values written many times (an image's base64 in every request that
 * sends it) or copied from one file into another (a case's line of {@code cases.jsonl} into
 * {@code report.json}). The bytes must be one complete JSON value; they are not checked.
 *
 * <p>Use it with {@link com.fasterxml.jackson.core.JsonGenerator#writeRawValue(SerializableString)} or, in a
 * tree, {@code ObjectNode.putRawValue(field, rawJson.asRawValue())}. The string views Jackson may ask for
 * ({@link #getValue()}, the quoted forms) decode the bytes on demand; the generators writing UTF-8 never do.
 */
public final class RawJson implements SerializableString {
    private final byte[] utf8;

    /**
     * Wraps the UTF-8 bytes of one JSON value.
     *
     * @param utf8 the bytes, not copied: they must not change
     */
    public RawJson(byte[] utf8) {
        this.utf8 = Objects.requireNonNull(utf8, "utf8");
    }

    /**
     * A JSON string value of an ASCII prefix followed by the base64 of some bytes (a {@code data:} URL, or
     * base64 alone with an empty prefix), built straight as bytes: {@code "} + prefix + base64 + {@code "}.
     * Base64 needs no escaping.
     *
     * @param asciiPrefix printable ASCII other than {@code "} and {@code \}
     * @param data the bytes to encode
     * @throws IllegalArgumentException if the prefix would need escaping
     */
    public static RawJson base64String(String asciiPrefix, byte[] data) {
        for (int i = 0; i < asciiPrefix.length(); i++) {
            char c = asciiPrefix.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
                throw new IllegalArgumentException("character " + (int) c + " would need escaping in a JSON string");
            }
        }
        byte[] base64 = Base64.getEncoder().encode(data);
        byte[] json = new byte[asciiPrefix.length() + base64.length + 2];
        json[0] = '"';
        asciiPrefix.getBytes(0, asciiPrefix.length(), json, 1);
        System.arraycopy(base64, 0, json, 1 + asciiPrefix.length(), base64.length);
        json[json.length - 1] = '"';
        return new RawJson(json);
    }

    /** This value for a tree ({@code ObjectNode.putRawValue}). */
    public RawValue asRawValue() {
        return new RawValue(this);
    }

    @Override
    public String getValue() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public char[] asQuotedChars() {
        return getValue().toCharArray();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8;
    }

    @Override
    public byte[] asQuotedUTF8() {
        return utf8;
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return appendUnquotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return appendUnquoted(buffer, offset);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + utf8.length > buffer.length) {
            return -1;
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        String value = getValue();
        if (offset + value.length() > buffer.length) {
            return -1;
        }
        value.getChars(0, value.length(), buffer, offset);
        return value.length();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        return writeUnquotedUTF8(out);
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        return putUnquotedUTF8(buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (buffer.remaining() < utf8.length) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }

    @Override
    public String toString() {
        return getValue();
    }
}
