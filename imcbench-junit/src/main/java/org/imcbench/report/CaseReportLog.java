package org.imcbench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
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

    /** The file the log is written to. */
    public Path file() {
        return file;
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

    /** The cases at the given entries, in that order, each read from the file when asked for. */
    public List<CaseReport> cases(List<Entry> entries) {
        return new StoredCases(file, entries.toArray(Entry[]::new));
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
    private static final class StoredCases extends AbstractList<CaseReport> {
        private final Path file;
        private final Entry[] entries;

        StoredCases(Path file, Entry[] entries) {
            this.file = file;
            this.entries = entries;
        }

        @Override
        public CaseReport get(int index) {
            Entry entry = entries[index];
            ByteBuffer buffer = ByteBuffer.allocate(entry.length());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, entry.offset() + buffer.position()) < 0) {
                        throw new IOException("the file ends inside the case at byte " + entry.offset());
                    }
                }
                return MAPPER.readValue(buffer.array(), CaseReport.class);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read case " + index + " back from " + file, e);
            }
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
}
