package org.imcbench.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Loads cases from JSON files, JSON-lines files (one case per line, streamed) or URLs (such as
 * classpath resources). The format is described in the project's case-format documentation and
 * in the JSON Schema {@code imcbench/schema/case.schema.json}; every problem is reported as a
 * {@link CaseFormatException} that names the file, line, column and JSON pointer.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class CaseLoader {

    /** Creates a loader. */
    public CaseLoader() {
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
        String content = Files.readString(file, StandardCharsets.UTF_8);
        return parse(content, displayName(file), file.toAbsolutePath().normalize().toUri());
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
        String content;
        try (InputStream in = url.openStream()) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        URI source;
        try {
            source = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("not a valid URI: " + url, e);
        }
        return parse(content, displayName(source), source);
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
        String path = source.getPath() == null ? source.getSchemeSpecificPart() : source.getPath();
        return parse(json, displayName, source, path.substring(path.lastIndexOf('/') + 1), 1);
    }

    private static BenchmarkCase parse(String json, String displayName, URI source, String pathInSuite,
            int firstLine) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(source, "source");
        String content = json.startsWith("\uFEFF") ? json.substring(1) : json;
        return CaseReader.read(LocatedJson.parse(content, displayName, firstLine), source, pathInSuite);
    }

    /**
     * Reads every case of a case file of a suite: one for a {@code .json} file, one per non-blank
     * line for a {@code .jsonl} file (read line by line, never whole). A case that is not valid is
     * handed over as its {@link CaseFormatException}; reading goes on with the next line.
     *
     * @param file the case file
     * @param consumer receives each case or problem, in file order
     * @throws IOException if the file cannot be read
     */
    public void read(CaseFile file, Consumer<LoadedCase> consumer) throws IOException {
        try (InputStream in = file.url().openStream()) {
            if (!file.isJsonLines()) {
                consumer.accept(attempt(new String(in.readAllBytes(), StandardCharsets.UTF_8), file, 1));
                return;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    consumer.accept(attempt(line, file, number));
                }
            }
        }
    }

    private static LoadedCase attempt(String json, CaseFile file, int line) {
        try {
            return LoadedCase.of(line, parse(json, file.displayName(), file.uri(), file.pathInSuite(), line));
        } catch (CaseFormatException e) {
            return LoadedCase.failed(line, e);
        }
    }

    /**
     * The error for a case whose id an earlier case of the same suite already has, located at its
     * {@code id}.
     *
     * @param duplicate the later case
     * @param first the case that has the id first
     * @param firstLine the line {@code first} starts on (1 unless its file is {@code .jsonl})
     * @return the located error
     */
    public static CaseFormatException duplicateId(BenchmarkCase duplicate, BenchmarkCase first, int firstLine) {
        return duplicate.locations().error("/id", "duplicate case id '" + duplicate.id()
                + "' in this suite, already used by " + first.locations().sourceName()
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
