package org.imcbench.cases;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * A case discovered in a file, kept as where its text is in its file (byte offset, length and checksum) and its
 * {@link CaseOutline}; {@link #load} reads the text again and reads the case in full — schema, binding and every
 * check a schema cannot make — exactly as a full read at discovery would (same source, file, line and path in
 * the suite, so relative image paths and error locations are the same). Discovery reads only the case's labels
 * and outline ({@link CaseLoader#readOutlines}); a case with another problem fails when it runs, naming it. A
 * case file changed since discovery is reported on the case, not read as something else. The parsed case exists
 * only while the case runs.
 */
public final class StoredCase implements CaseSource {
    private final CaseOutline outline;
    private final String displayName;
    private final String pathInSuite;
    private final int line;
    private final long offset;
    private final int length;
    private final int checksum;

    /**
     * @param outline what the run needs of the case before it runs
     * @param file the case file
     * @param line the line of the file the case starts on
     * @param offset where the case's bytes start in the file
     * @param bytes the case's bytes, as read at discovery
     */
    StoredCase(CaseOutline outline, CaseFile file, int line, long offset, byte[] bytes) {
        this.outline = Objects.requireNonNull(outline, "outline");
        this.displayName = file.displayName();
        this.pathInSuite = file.pathInSuite();
        this.line = line;
        this.offset = offset;
        this.length = bytes.length;
        this.checksum = checksum(bytes, bytes.length);
    }

    @Override
    public String id() {
        return outline.id();
    }

    @Override
    public CaseOutline outline() {
        return outline;
    }

    /** Where the case was read from. */
    public URI source() {
        return outline.source();
    }

    /** How messages name the case's file. */
    public String displayName() {
        return displayName;
    }

    /** The line of its file the case starts on (1 unless the file is {@code .jsonl}). */
    public int line() {
        return line;
    }

    /**
     * {@inheritDoc}
     *
     * @throws CaseFormatException naming every problem of the case, or when the case's bytes in its file are not
     *     those read at discovery (the file was changed, moved or removed since)
     */
    @Override
    public BenchmarkCase load() {
        return CaseReader.read(text(), displayName, line, source(), pathInSuite);
    }

    private String text() {
        byte[] bytes = new byte[length];
        int read;
        try {
            read = "file".equals(source().getScheme()) ? readFile(bytes) : readUrl(bytes);
        } catch (IOException | IllegalArgumentException | FileSystemNotFoundException e) {
            throw changed("it cannot be read again: " + e.getMessage());
        }
        if (read < length || checksum(bytes, read) != checksum) {
            throw changed("its bytes are not those read when it was discovered");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Reads the case's bytes from its file, at its offset. */
    private int readFile(byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(Path.of(source()))) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) >= 0) {
                // read on until the case's length or the end of the file
            }
            return buffer.position();
        }
    }

    /** Reads the case's bytes through its URL (a classpath resource), at its offset. */
    private int readUrl(byte[] bytes) throws IOException {
        try (InputStream in = source().toURL().openStream()) {
            in.skipNBytes(offset);
            return in.readNBytes(bytes, 0, length);
        }
    }

    private CaseFormatException changed(String why) {
        return new CaseFormatException(displayName, line, 1, "", "case " + id() + " changed since discovery: " + why
                + "; run the tests again to discover the file anew", null);
    }

    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    @Override
    public String toString() {
        return "case " + id() + " (" + displayName + (line > 1 ? " line " + line : "") + ")";
    }
}
