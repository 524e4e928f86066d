package org.imcbench.io;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
     * A JSON string value of ASCII text that needs no escaping (base64, a {@code data:} URL of base64), built
     * straight from its bytes: {@code "} + each part + {@code "}.
     *
     * @param asciiParts the string's content, in parts; each byte must be printable ASCII other than
     *     {@code "} and {@code \}
     * @throws IllegalArgumentException if a byte would need escaping
     */
    public static RawJson asciiString(byte[]... asciiParts) {
        int length = 2;
        for (byte[] part : asciiParts) {
            length += part.length;
        }
        byte[] json = new byte[length];
        json[0] = '"';
        int position = 1;
        for (byte[] part : asciiParts) {
            for (byte b : part) {
                if (b < 0x20 || b == '"' || b == '\\' || b == 0x7f) {
                    throw new IllegalArgumentException("byte " + (b & 0xff) + " would need escaping in a JSON string");
                }
            }
            System.arraycopy(part, 0, json, position, part.length);
            position += part.length;
        }
        json[position] = '"';
        return new RawJson(json);
    }

    /** This value for a tree ({@code ObjectNode.putRawValue}). */
    public RawValue asRawValue() {
        return new RawValue(this);
    }

    /** The number of bytes. */
    public int byteLength() {
        return utf8.length;
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
