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
 * field name, keyed by JSON pointer ({@code /images/0/sha256}, RFC 6901), so that errors can point
 * at them.
 */
final class LocatedJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String sourceName;
    private final int firstLine;
    private final Map<String, Long> valueLocations = new HashMap<>();
    private final Map<String, Long> keyLocations = new HashMap<>();
    private JsonNode root;
    private String currentPath = "";

    private LocatedJson(String sourceName, int firstLine) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.firstLine = firstLine;
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
        return parse(content, sourceName, 1);
    }

    /**
     * Parses a document that starts on line {@code firstLine} of its file (a line of a JSONL file).
     *
     * @param content the JSON text
     * @param sourceName display name for error messages
     * @param firstLine the 1-based line of the file the text starts on
     * @return the located tree
     * @throws CaseFormatException if the text is not one well-formed JSON value
     */
    static LocatedJson parse(String content, String sourceName, int firstLine) {
        LocatedJson json = new LocatedJson(sourceName, firstLine);
        try (JsonParser parser = FACTORY.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new CaseFormatException(sourceName, firstLine, 1, "", "empty document, expected a JSON object",
                        null);
            }
            json.root = json.readValue(parser, "");
            if (parser.nextToken() != null) {
                throw json.errorAt(pack(parser.currentTokenLocation()), "",
                        "unexpected content after the end of the JSON value");
            }
        } catch (JsonProcessingException e) {
            throw new CaseFormatException(sourceName, json.lineOf(pack(e.getLocation())),
                    json.columnOf(pack(e.getLocation())), json.currentPath,
                    "invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CaseFormatException(sourceName, 0, 0, "", "cannot read JSON: " + e.getMessage(), e);
        }
        return json;
    }

    private JsonNode readValue(JsonParser parser, String path) throws IOException {
        currentPath = path;
        valueLocations.put(path, pack(parser.currentTokenLocation()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String childPath = child(path, name);
                    currentPath = childPath;
                    keyLocations.put(childPath, pack(parser.currentTokenLocation()));
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
                    array.add(readValue(parser, element(path, index++)));
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

    /** Returns the JSON pointer of a field of the object at {@code parent}. */
    static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** Returns the JSON pointer of an element of the array at {@code parent}. */
    static String element(String parent, int index) {
        return parent + "/" + index;
    }

    /** Packs a location into one number (line in the high half, column in the low half); 0 if unknown. */
    private static long pack(JsonLocation at) {
        return at == null ? 0 : ((long) at.getLineNr() << 32) | (at.getColumnNr() & 0xffffffffL);
    }

    private int lineOf(long packed) {
        int line = (int) (packed >>> 32);
        return line <= 0 ? 0 : line + firstLine - 1;
    }

    private static int columnOf(long packed) {
        return Math.max(0, (int) packed);
    }

    /** Returns the locations of every value, for errors found after reading (e.g. about images). */
    CaseLocations locations() {
        Map<String, Long> copy = Map.copyOf(valueLocations);
        return new CaseLocations(sourceName, pointer -> {
            long packed = copy.getOrDefault(pointer, 0L);
            return new CaseLocations.Position(lineOf(packed), columnOf(packed));
        });
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
        Long at = keyLocations.get(path);
        return errorAt(at != null ? at : valueLocations.get(path), path, problem);
    }

    /** Returns an error about {@code fieldPath} located at the value of {@code locationPath}. */
    CaseFormatException errorAt(String locationPath, String fieldPath, String problem) {
        return errorAt(valueLocations.get(locationPath), fieldPath, problem);
    }

    private CaseFormatException errorAt(Long at, String fieldPath, String problem) {
        long packed = at == null ? 0 : at;
        return new CaseFormatException(sourceName, lineOf(packed), columnOf(packed), fieldPath, problem, null);
    }
}
