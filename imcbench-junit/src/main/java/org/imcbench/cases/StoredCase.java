package org.imcbench.cases;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A valid case kept as its text, deflated (a few hundred bytes to a few kilobytes), with where it came
 * from; {@link #load} parses it again, exactly as it was read at discovery (same source, file and line,
 * so relative image paths and error locations are the same), without checking it again. Discovery keeps what the test tree needs
 * and this; the parsed case exists only while the case runs.
 */
public final class StoredCase implements CaseSource {
    private final String id;
    private final byte[] deflated;
    private final int length;
    private final String displayName;
    private final URI source;
    private final int line;

    StoredCase(String id, String text, String displayName, URI source, int line) {
        this.id = Objects.requireNonNull(id, "id");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        this.deflated = deflate(bytes);
        this.length = bytes.length;
        this.displayName = displayName;
        this.source = source;
        this.line = line;
    }

    @Override
    public String id() {
        return id;
    }

    /** Where the case was read from. */
    public URI source() {
        return source;
    }

    /** The line of its file the case starts on (1 unless the file is {@code .jsonl}). */
    public int line() {
        return line;
    }

    @Override
    public BenchmarkCase load() {
        return CaseReader.readAgain(text(), displayName, line, source);
    }

    private String text() {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            byte[] bytes = new byte[length];
            int read = 0;
            while (read < length && !inflater.finished()) {
                read += inflater.inflate(bytes, read, length - read);
            }
            return new String(bytes, 0, read, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("the stored text of case " + id + " is corrupt", e);
        } finally {
            inflater.end();
        }
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 3));
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    @Override
    public String toString() {
        return "case " + id + " (" + displayName + (line > 1 ? " line " + line : "") + ")";
    }
}
