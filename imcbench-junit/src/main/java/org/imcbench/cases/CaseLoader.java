package org.imcbench.cases;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Loads one case from a JSON file or a URL (such as a classpath resource). The format is
 * described in the project's case-format documentation; every problem is reported as a
 * {@link CaseFormatException} that names the file, line, column and field.
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
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(source, "source");
        String content = json.startsWith("\uFEFF") ? json.substring(1) : json;
        return CaseReader.read(LocatedJson.parse(content, displayName), source);
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
