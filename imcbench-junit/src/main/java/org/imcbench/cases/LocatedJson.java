package org.imcbench.cases;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON document read into a Jackson tree together with the line and column of every value and
 * field name, keyed by field path ({@code images[0].sha256}), so that errors can point at them.
 */
final class LocatedJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String sourceName;
    private final Map<String, JsonLocation> valueLocations = new HashMap<>();
    private final Map<String, JsonLocation> keyLocations = new HashMap<>();
    private JsonNode root;
    private String currentPath = "";

    private LocatedJson(String sourceName) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
    }

    /**
     * Parses a document.
     *
     * @param content the JSON text
     * @param sourceName display name for error messages
     * @return the located tree
     * @throws CaseFormatException if the text is not one well-formed JSON value
     */
    static LocatedJson parse(String content, String sourceName) {
        LocatedJson json = new LocatedJson(sourceName);
        try (JsonParser parser = FACTORY.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new CaseFormatException(sourceName, 1, 1, "", "empty document, expected a JSON object", null);
            }
            json.root = json.readValue(parser, "");
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new CaseFormatException(sourceName, at.getLineNr(), at.getColumnNr(), "",
                        "unexpected content after the end of the JSON value", null);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new CaseFormatException(sourceName, line, column, json.currentPath,
                    "invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CaseFormatException(sourceName, 0, 0, "", "cannot read JSON: " + e.getMessage(), e);
        }
        return json;
    }

    private JsonNode readValue(JsonParser parser, String path) throws IOException {
        currentPath = path;
        valueLocations.put(path, parser.currentTokenLocation());
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String childPath = child(path, name);
                    currentPath = childPath;
                    keyLocations.put(childPath, parser.currentTokenLocation());
                    parser.nextToken();
                    object.set(name, readValue(parser, childPath));
                    currentPath = path;
                }
                currentPath = path;
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, path + "[" + index++ + "]"));
                    currentPath = path;
                }
                currentPath = path;
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw error(path, "unexpected JSON token " + token);
        }
    }

    /** Returns the path of a field of the object at {@code parent}. */
    static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** Returns the root value. */
    JsonNode root() {
        return root;
    }

    /** Returns the display name of the document. */
    String sourceName() {
        return sourceName;
    }

    /** Returns an error located at the value of {@code path}. */
    CaseFormatException error(String path, String problem) {
        return errorAt(valueLocations.get(path), path, problem);
    }

    /** Returns an error located at the field name of {@code path} (falls back to its value). */
    CaseFormatException errorAtKey(String path, String problem) {
        JsonLocation at = keyLocations.get(path);
        return errorAt(at != null ? at : valueLocations.get(path), path, problem);
    }

    /** Returns an error about {@code fieldPath} located at the value of {@code locationPath}. */
    CaseFormatException errorAt(String locationPath, String fieldPath, String problem) {
        return errorAt(valueLocations.get(locationPath), fieldPath, problem);
    }

    private CaseFormatException errorAt(JsonLocation at, String fieldPath, String problem) {
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        return new CaseFormatException(sourceName, line, column, fieldPath, problem, null);
    }
}
