package org.imcbench.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import org.imcbench.io.RawJson;

/**
 * The cases of a suite as they finish, one {@link CaseReport} per line of a JSON Lines file
 * ({@code cases.jsonl} beside {@code report.json}), so that a run holds no finished case's transcript in
 * memory and a run that dies leaves every finished case on disk. Each line is flushed whole when it is
 * appended. {@link #cases} gives a list of lines read back from the file when asked for, in the order the
 * caller chooses; {@code report.json} and {@code report.html} are written by iterating such lists.
 *
 * <p>Appending is thread-safe; lists may be read while others append.
 */
public final class CaseReportLog implements Closeable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final OutputStream out;
    private long size;

    private CaseReportLog(Path file, OutputStream out) {
        this.file = file;
        this.out = out;
    }

    /**
     * Starts a log, replacing a file left by an earlier run.
     *
     * @throws UncheckedIOException when the file cannot be created
     */
    public static CaseReportLog create(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
            return new CaseReportLog(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + file.toAbsolutePath(), e);
        }
    }

    /**
     * Appends a case as one line and flushes it.
     *
     * @return where the line is, for {@link #cases}
     * @throws UncheckedIOException when it cannot be written
     */
    public Entry append(CaseReport report) {
        byte[] line;
        try {
            line = MAPPER.writeValueAsBytes(report);
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialise case " + report.id(), e);
        }
        synchronized (this) {
            try {
                out.write(line);
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("could not append case " + report.id() + " to " + file, e);
            }
            Entry entry = new Entry(size, line.length);
            size += line.length + 1L;
            return entry;
        }
    }

    /**
     * The cases at the given entries, in that order, each read from the file when asked for. The list knows
     * the same cases {@linkplain CaseReport#withoutDetail() without detail}, held in memory by the caller
     * ({@link #withoutDetail(List)}), so that what needs only scores never reads the file; and Jackson writes
     * it (into {@code report.json}) by copying each case's line as it is, without parsing it.
     *
     * @param entries where the cases are
     * @param withoutDetail the same cases without detail, in the same order
     * @throws IllegalArgumentException when the two lists differ in size
     */
    public List<CaseReport> cases(List<Entry> entries, List<CaseReport> withoutDetail) {
        if (entries.size() != withoutDetail.size()) {
            throw new IllegalArgumentException(entries.size() + " entries but " + withoutDetail.size()
                    + " cases without detail");
        }
        return new StoredCases(file, entries.toArray(Entry[]::new), List.copyOf(withoutDetail));
    }

    /**
     * The cases without detail: those a list of {@link #cases} holds in memory, or the list itself when it is
     * not one (it was read whole, e.g. from a {@code report.json}).
     */
    public static List<CaseReport> withoutDetail(List<CaseReport> cases) {
        return cases instanceof StoredCases stored ? stored.withoutDetail : cases;
    }

    /** Closes the file for appending; lists keep reading it. */
    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close " + file, e);
        }
    }

    /**
     * Where one case's line is in the log.
     *
     * @param offset its first byte
     * @param length its length in bytes, without the line break
     */
    public record Entry(long offset, int length) {
    }

    /** Cases read back from the log: each {@link #get} reads and parses one line. */
    @JsonSerialize(using = LinesCopied.class)
    private static final class StoredCases extends AbstractList<CaseReport> {
        private final Path file;
        private final Entry[] entries;
        private final List<CaseReport> withoutDetail;

        StoredCases(Path file, Entry[] entries, List<CaseReport> withoutDetail) {
            this.file = file;
            this.entries = entries;
            this.withoutDetail = withoutDetail;
        }

        @Override
        public CaseReport get(int index) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                return parse(channel, index);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read case " + index + " back from " + file, e);
            }
        }

        private CaseReport parse(FileChannel channel, int index) throws IOException {
            return MAPPER.readValue(line(channel, index), CaseReport.class);
        }

        /** The bytes of the line of the case at {@code index}. */
        byte[] line(FileChannel channel, int index) throws IOException {
            Entry entry = entries[index];
            ByteBuffer buffer = ByteBuffer.allocate(entry.length());
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, entry.offset() + buffer.position()) < 0) {
                    throw new IOException("the file ends inside the case at byte " + entry.offset());
                }
            }
            return buffer.array();
        }

        @Override
        public int size() {
            return entries.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StoredCases stored ? file.equals(stored.file)
                    && Arrays.equals(entries, stored.entries) : super.equals(other);
        }

        @Override
        public int hashCode() {
            return file.hashCode() * 31 + Arrays.hashCode(entries);
        }
    }

    /**
     * Writes a list of {@link #cases} as a JSON array of its lines, each copied as it is: the line is the
     * case as Jackson wrote it, so parsing and writing it again would only cost time.
     */
    static final class LinesCopied extends StdSerializer<StoredCases> {
        private static final long serialVersionUID = 1L;

        LinesCopied() {
            super(StoredCases.class);
        }

        @Override
        public void serialize(StoredCases cases, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartArray(cases, cases.size());
            try (FileChannel channel = FileChannel.open(cases.file, StandardOpenOption.READ)) {
                for (int i = 0; i < cases.size(); i++) {
                    json.writeRawValue(new RawJson(cases.line(channel, i)));
                }
            }
            json.writeEndArray();
        }
    }
}
