package org.imcbench.jury;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a rubric from its JSON form and checks it field by field.
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
 * (default {@code true}); the JSON Schema {@value #SCHEMA_RESOURCE} describes the format. Keys starting with {@code _} are comments. Any other unknown field is an error, so typos do not
 * pass silently. Errors name the source and the field, e.g. {@code dimensions[0].anchors.5}.
 */
public final class RubricLoader {
    private static final Set<String> RUBRIC_FIELDS = Set.of("$schema", "id", "title", "description", "dimensions");
    private static final Set<String> DIMENSION_FIELDS = Set.of("key", "title", "description", "weight",
            "higherIsBetter", "anchors");

    /** Classpath location of the JSON Schema of rubric files. */
    public static final String SCHEMA_RESOURCE = "/imcbench/schema/rubric.schema.json";

    private final ObjectMapper mapper = new ObjectMapper();

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
     */
    public Rubric load(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new RubricException("rubric " + sourceName + ": not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RubricException("rubric " + sourceName + ": cannot read: " + e.getMessage(), e);
        }
        return new Reader(sourceName).rubric(root);
    }

    /** Checks one document, remembering its source for messages. */
    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        Rubric rubric(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw error("(root)", "must be a JSON object");
            }
            checkFields(root, "", RUBRIC_FIELDS);
            String id = text(root, "id", "id");
            JsonNode dimensionsNode = root.get("dimensions");
            if (dimensionsNode == null || !dimensionsNode.isArray()) {
                throw error("dimensions", dimensionsNode == null ? "is missing" : "must be an array");
            }
            if (dimensionsNode.isEmpty()) {
                throw error("dimensions", "must contain at least one dimension");
            }
            List<Dimension> dimensions = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < dimensionsNode.size(); i++) {
                Dimension dimension = dimension(dimensionsNode.get(i), "dimensions[" + i + "]");
                if (!keys.add(dimension.key())) {
                    throw error("dimensions[" + i + "].key", "duplicates '" + dimension.key() + "'");
                }
                dimensions.add(dimension);
            }
            return new Rubric(id, dimensions);
        }

        private Dimension dimension(JsonNode node, String path) {
            if (!node.isObject()) {
                throw error(path, "must be a JSON object");
            }
            checkFields(node, path + ".", DIMENSION_FIELDS);
            String key = text(node, "key", path + ".key");
            if (!key.matches("[a-z][a-z0-9_-]*")) {
                throw error(path + ".key", "must be lower-case letters, digits, '-' or '_', was '" + key + "'");
            }
            String title = text(node, "title", path + ".title");
            String description = text(node, "description", path + ".description");
            JsonNode weight = node.get("weight");
            if (weight != null && (!weight.isNumber() || weight.asDouble() <= 0)) {
                throw error(path + ".weight", "must be a positive number");
            }
            JsonNode higherIsBetter = node.get("higherIsBetter");
            if (higherIsBetter != null && !higherIsBetter.isBoolean()) {
                throw error(path + ".higherIsBetter", "must be true or false");
            }
            JsonNode anchorsNode = node.get("anchors");
            if (anchorsNode == null || !anchorsNode.isObject()) {
                throw error(path + ".anchors", anchorsNode == null ? "is missing" : "must be an object keyed 1..5");
            }
            Map<Integer, String> anchors = new HashMap<>();
            for (Iterator<String> it = anchorsNode.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!name.matches("[1-5]")) {
                    throw error(path + ".anchors." + name, "is not a score; anchors are keyed \"1\"..\"5\"");
                }
                anchors.put(Integer.parseInt(name), text(anchorsNode, name, path + ".anchors." + name));
            }
            for (int score = 1; score <= 5; score++) {
                if (!anchors.containsKey(score)) {
                    throw error(path + ".anchors." + score, "is missing");
                }
            }
            return new Dimension(key, title, description, anchors, weight == null ? 1.0 : weight.asDouble(),
                    higherIsBetter == null || higherIsBetter.asBoolean());
        }

        private String text(JsonNode parent, String name, String path) {
            JsonNode value = parent.get(name);
            if (value == null || value.isNull()) {
                throw error(path, "is missing");
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                throw error(path, "must be a non-empty string");
            }
            return value.asText().strip();
        }

        private void checkFields(JsonNode node, String prefix, Set<String> allowed) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!allowed.contains(name) && !name.startsWith("_")) {
                    throw error(prefix + name, "is not a known field (known: " + String.join(", ",
                            allowed.stream().sorted().toList()) + ")");
                }
            }
        }

        private RubricException error(String field, String problem) {
            return new RubricException("rubric " + source + ": " + field + " " + problem, null);
        }
    }
}
