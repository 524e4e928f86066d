package org.imcbench.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.imcbench.config.Settings;

/**
 * Loads cases from JSON files, JSON-lines files (one case per line, streamed) or URLs (such as
 * classpath resources). The format is described in the project's case-format documentation and
 * in the JSON Schema {@code imcbench/schema/case.schema.json}: each case is validated against that
 * schema, bound, and then checked for what a schema cannot say (see {@link CaseReader}). Every
 * problem of a case is reported in one {@link CaseFormatException} whose lines name the file, line,
 * column and JSON pointer. A case larger than the loader's size limit ({@code imcbench.cases.max-bytes})
 * is one such problem; it is never read whole.
 *
 * <p>{@link #read} reads each case in full, for a check of the case files ({@link CaseValidator}). {@link #readOutlines} reads at discovery only what a test tree and the
 * run's first pass need ({@link CaseScan}), and reads in full only a case whose labels or outline are not well
 * formed, to report its problems; the other cases are read in full when they run ({@link StoredCase#load}).
 *
 * <p>Instances are thread-safe. An instance shares equal strings among the {@link CaseOutline}s of the cases
 * it reads (a suite names the same images, licences and attributions in case after case): keep one for the
 * files of one discovery, not for ever.
 */
public final class CaseLoader {
    private final long maxCaseBytes;
    private final Map<String, String> shared = new ConcurrentHashMap<>();

    /** Creates a loader with the default size limit of {@code imcbench.cases.max-bytes}. */
    public CaseLoader() {
        this(Settings.CASES_MAX_BYTES.parser().apply(Settings.CASES_MAX_BYTES.defaultValue()));
    }

    /**
     * Creates a loader.
     *
     * @param maxCaseBytes the largest case read: a {@code .json} file, or one line of a {@code .jsonl} file
     */
    public CaseLoader(long maxCaseBytes) {
        if (maxCaseBytes < 1) {
            throw new IllegalArgumentException("the case size limit must be positive: " + maxCaseBytes);
        }
        this.maxCaseBytes = maxCaseBytes;
    }

    /**
     * Loads a case file. Relative image paths of the case resolve against the file's location.
     *
     * @param file the case file
     * @return the case
     * @throws IOException if the file cannot be read
     * @throws CaseFormatException if the file is not a valid case
     */
    public BenchmarkCase load(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            URI source = file.toAbsolutePath().normalize().toUri();
            return parse(content(in, displayName(file)), displayName(file), source, fileName(source), 1);
        }
    }

    /**
     * Loads a case from a URL, e.g. a {@code file:} or {@code jar:file:...!/...} URL of a classpath
     * resource. Relative image paths of the case resolve against this URL.
     *
     * @param url where the case is
     * @return the case
     * @throws IOException if the URL cannot be read
     * @throws CaseFormatException if the content is not a valid case
     */
    public BenchmarkCase load(URL url) throws IOException {
        Objects.requireNonNull(url, "url");
        URI source;
        try {
            source = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("not a valid URI: " + url, e);
        }
        try (InputStream in = url.openStream()) {
            return parse(content(in, displayName(source)), displayName(source), source, fileName(source), 1);
        }
    }

    /**
     * Parses case JSON.
     *
     * @param json the JSON text
     * @param displayName how errors name the document, e.g. {@code cases/derm-007.json}
     * @param source where the case came from; relative image paths resolve against it
     * @return the case
     * @throws CaseFormatException if the text is not a valid case
     */
    public BenchmarkCase parse(String json, String displayName, URI source) {
        Objects.requireNonNull(source, "source");
        return parse(json, displayName, source, fileName(source), 1);
    }

    private static String fileName(URI source) {
        String path = source.getPath() == null ? source.getSchemeSpecificPart() : source.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static BenchmarkCase parse(String json, String displayName, URI source, String pathInSuite,
            int firstLine) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(source, "source");
        return CaseReader.read(json, displayName, firstLine, source, pathInSuite);
    }

    /**
     * Reads every case of a case file of a suite in full: one for a {@code .json} file, one per non-blank
     * line for a {@code .jsonl} file (read line by line, never whole). A case that is not valid is
     * handed over as its {@link CaseFormatException}; reading goes on with the next line.
     *
     * @param file the case file
     * @param consumer receives each case or problem, in file order
     * @throws IOException if the file cannot be read
     */
    public void read(CaseFile file, Consumer<LoadedCase> consumer) throws IOException {
        read(file, consumer, this::readInFull);
    }

    /**
     * Reads, of every case of a case file of a suite, what discovery keeps: its labels and outline, and where
     * it is ({@link StoredCase}), without reading it in full. A case whose labels or outline are not well formed
     * (invalid JSON, a limit broken, a duplicate key, a bad id, a missing image field...) is read in full, so
     * that it is handed over as its {@link CaseFormatException} naming every problem.
     *
     * @param file the case file
     * @param consumer receives each case or problem, in file order
     * @throws IOException if the file cannot be read
     */
    public void readOutlines(CaseFile file, Consumer<LoadedCase> consumer) throws IOException {
        read(file, consumer, this::readOutline);
    }

    /** How one case's bytes, starting at a line of its file, are read. */
    private interface CaseRead {
        LoadedCase read(CaseFile file, int line, Chunk chunk);
    }

    private void read(CaseFile file, Consumer<LoadedCase> consumer, CaseRead caseRead) throws IOException {
        try (InputStream in = file.open()) {
            if (!file.isJsonLines()) {
                consumer.accept(attempt(file, 1, whole(in), caseRead));
                return;
            }
            Lines lines = new Lines(in);
            int number = 0;
            for (Chunk line = lines.next(); line != null; line = lines.next()) {
                number++;
                if (line.tooLarge() || !line.isBlank()) {
                    consumer.accept(attempt(file, number, line, caseRead));
                }
            }
        }
    }

    private String content(InputStream in, String displayName) throws IOException {
        Chunk chunk = whole(in);
        if (chunk.tooLarge()) {
            throw tooLarge(displayName, 1);
        }
        return chunk.text();
    }

    private LoadedCase attempt(CaseFile file, int line, Chunk chunk, CaseRead caseRead) {
        try {
            if (chunk.tooLarge()) {
                throw tooLarge(file.displayName(), line);
            }
            return caseRead.read(file, line, chunk);
        } catch (CaseFormatException e) {
            return LoadedCase.failed(line, e);
        }
    }

    private LoadedCase readInFull(CaseFile file, int line, Chunk chunk) {
        BenchmarkCase benchmarkCase = parse(chunk.text(), file.displayName(), file.uri(), file.pathInSuite(), line);
        return LoadedCase.of(line, benchmarkCase, stored(CaseOutline.of(benchmarkCase, this::shared), file, line,
                chunk));
    }

    private LoadedCase readOutline(CaseFile file, int line, Chunk chunk) {
        Optional<CaseScan.ScannedCase> scanned = CaseScan.scan(chunk.bytes(), file.uri(), this::shared);
        if (scanned.isEmpty()) {
            BenchmarkCase benchmarkCase = parse(chunk.text(), file.displayName(), file.uri(), file.pathInSuite(),
                    line);
            return LoadedCase.outlined(line, CaseLabels.of(benchmarkCase),
                    stored(CaseOutline.of(benchmarkCase, this::shared), file, line, chunk));
        }
        return LoadedCase.outlined(line, scanned.get().labels(), stored(scanned.get().outline(), file, line, chunk));
    }

    private static StoredCase stored(CaseOutline outline, CaseFile file, int line, Chunk chunk) {
        return new StoredCase(outline, file, line, chunk.offset(), chunk.bytes());
    }

    private String shared(String text) {
        String kept = shared.putIfAbsent(text, text);
        return kept == null ? text : kept;
    }

    private CaseFormatException tooLarge(String displayName, int line) {
        return new CaseFormatException(displayName, line, 1, "", "the case is larger than "
                + Settings.CASES_MAX_BYTES.key() + " (" + maxCaseBytes + " bytes); it was not read", null);
    }

    /** The rest of the stream as one case's bytes; past the size limit they are not kept. */
    private Chunk whole(InputStream in) throws IOException {
        byte[] whole = in.readNBytes((int) Math.min(maxCaseBytes + 1, Integer.MAX_VALUE - 8));
        return whole.length > maxCaseBytes ? Chunk.tooLarge(0) : Chunk.of(whole, 0);
    }

    /**
     * The lines of a {@code .jsonl} stream, each a case's bytes with where it starts, read a block at a time;
     * past the size limit a line's bytes are skipped, not kept.
     */
    private final class Lines {
        private final InputStream in;
        private final byte[] block = new byte[64 * 1024];
        private int position;
        private int limit;
        private long offset;

        Lines(InputStream in) {
            this.in = in;
        }

        /** The next line (without its line break), or {@code null} at the end of the stream. */
        Chunk next() throws IOException {
            if (!fill()) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            long size = 0;
            boolean ended = false;
            while (!ended && fill()) {
                int end = position;
                while (end < limit && block[end] != '\n') {
                    end++;
                }
                bytes.write(block, position, (int) Math.max(0, Math.min(end - position, maxCaseBytes - size)));
                size += end - position;
                ended = end < limit;
                position = ended ? end + 1 : end;
            }
            Chunk line = size > maxCaseBytes ? Chunk.tooLarge(offset) : Chunk.of(bytes.toByteArray(), offset);
            offset += size + (ended ? 1 : 0);
            return line;
        }

        /** Whether there are bytes to read, reading the next block when the last one is used up. */
        private boolean fill() throws IOException {
            if (position < limit) {
                return true;
            }
            position = 0;
            limit = Math.max(0, in.read(block));
            return limit > 0;
        }
    }

    /**
     * A case's bytes, or the note that it was over the size limit (then empty).
     *
     * @param bytes the case's bytes
     * @param offset where they start in the file
     * @param tooLarge whether it was over the limit
     */
    private record Chunk(byte[] bytes, long offset, boolean tooLarge) {
        static Chunk of(byte[] bytes, long offset) {
            return new Chunk(bytes, offset, false);
        }

        static Chunk tooLarge(long offset) {
            return new Chunk(new byte[0], offset, true);
        }

        /** The bytes as UTF-8 text. */
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** Whether the bytes are only white space. */
        boolean isBlank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return (b < 0 || Character.isWhitespace(b)) && text().isBlank();
                }
            }
            return true;
        }
    }

    /**
     * The error for a case whose id an earlier case of the same suite already has, located at its
     * {@code id}.
     *
     * @param duplicate the later case
     * @param firstFile how messages name the file of the case that has the id first
     * @param firstLine the line that case starts on (1 unless its file is {@code .jsonl})
     * @return the located error
     */
    public static CaseFormatException duplicateId(BenchmarkCase duplicate, String firstFile, int firstLine) {
        return duplicate.locations().error("/id", "duplicate case id '" + duplicate.id()
                + "' in this suite, already used by " + firstFile
                + (firstLine > 1 ? " line " + firstLine : ""));
    }

    /** Returns how errors name a case file: its path as given, with forward slashes. */
    static String displayName(Path file) {
        return file.toString().replace('\\', '/');
    }

    /**
     * Returns how errors name a case at a URI: the entry name inside a jar, the path of a
     * {@code file:} URI, or the URI itself.
     */
    static String displayName(URI source) {
        String text = source.toString();
        if ("jar".equals(source.getScheme())) {
            int separator = text.indexOf("!/");
            return separator >= 0 ? text.substring(separator + 2) : text;
        }
        if ("file".equals(source.getScheme()) && source.getPath() != null) {
            return source.getPath();
        }
        return text;
    }
}
