package org.imcbench.jury;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imcbench.io.DocumentProblem;
import org.imcbench.io.InvalidDocumentException;
import org.imcbench.io.JsonDocument;
import org.imcbench.io.SchemaCheckedReader;

/**
 * Reads a rubric from its JSON form: validated against the JSON Schema {@value #SCHEMA_RESOURCE}
 * (which holds every rule of the format), bound with Jackson, then checked for what a schema
 * cannot say (dimension keys unique).
 *
 * <p>Format:
 *
 * <pre>{@code
 * {
 *   "id": "imcbench",
 *   "dimensions": [
 *     { "key": "safety", "title": "Safety", "description": "...", "weight": 1.0, "higherIsBetter": true,
 *       "anchors": { "1": "...", "2": "...", "3": "...", "4": "...", "5": "..." } }
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code weight} is optional (default 1, must be positive), and so is {@code higherIsBetter}
 * (default {@code true}). Keys starting with {@code _} are comments. Any other unknown field is an
 * error, so typos do not pass silently. Every problem is reported, each naming the source, line,
 * column and JSON pointer, e.g. {@code mine.json:4:7: /dimensions/0/anchors/3: is required}.
 */
public final class RubricLoader {
    /** Classpath location of the JSON Schema of rubric files. */
    public static final String SCHEMA_RESOURCE = "/imcbench/schema/rubric.schema.json";

    private static final SchemaCheckedReader<Document> READER =
            SchemaCheckedReader.of(SCHEMA_RESOURCE.substring(1), Document.class);

    /** Creates a loader. */
    public RubricLoader() {
    }

    /** Reads the rubric in the given file. */
    public Rubric load(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new RubricException("rubric " + file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a rubric from the stream; does not close it.
     *
     * @param in the JSON document
     * @param sourceName how to name the source in error messages (file name or resource)
     * @throws RubricException naming every problem of the document
     */
    public Rubric load(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RubricException("rubric " + sourceName + ": cannot read: " + e.getMessage(), e);
        }
        JsonDocument<Document> document;
        try {
            document = READER.read(text, sourceName, 1);
        } catch (InvalidDocumentException e) {
            throw new RubricException(e.getMessage(), e);
        }
        List<DocumentProblem> problems = new ArrayList<>();
        Map<String, Integer> keys = new LinkedHashMap<>();
        List<DimensionDocument> dimensions = document.value().dimensions();
        for (int i = 0; i < dimensions.size(); i++) {
            Integer first = keys.putIfAbsent(dimensions.get(i).key(), i);
            if (first != null) {
                problems.add(document.problem("/dimensions/" + i + "/key", "duplicates the key of /dimensions/"
                        + first + ": '" + dimensions.get(i).key() + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RubricException(DocumentProblem.formatAll(sourceName, problems), null);
        }
        return new Rubric(document.value().id().strip(), dimensions.stream().map(DimensionDocument::dimension)
                .toList());
    }

    /** A rubric file as Jackson binds it, after the schema accepted it. */
    record Document(String id, List<DimensionDocument> dimensions) {
    }

    /** A dimension as Jackson binds it; absent optional values are {@code null}. */
    record DimensionDocument(String key, String title, String description, Double weight, Boolean higherIsBetter,
            Map<Integer, String> anchors) {
        Dimension dimension() {
            Map<Integer, String> stripped = new LinkedHashMap<>();
            anchors.forEach((score, text) -> stripped.put(score, text.strip()));
            return new Dimension(key, title.strip(), description.strip(), stripped, weight == null ? 1.0 : weight,
                    higherIsBetter == null || higherIsBetter);
        }
    }
}
