package org.imcbench.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, located access to the fields of one JSON object of a case file. Every accessor checks the
 * form of the value and throws a {@link CaseFormatException} that names the JSON pointer and points
 * at the value (or, for a missing field, at the enclosing object).
 */
final class JsonObjectCursor {
    private final LocatedJson json;
    private final JsonNode node;
    private final String path;

    private JsonObjectCursor(LocatedJson json, JsonNode node, String path) {
        this.json = json;
        this.node = node;
        this.path = path;
    }

    /** Returns a cursor on the root, which must be an object. */
    static JsonObjectCursor root(LocatedJson json) {
        if (!json.root().isObject()) {
            throw json.error("", "a case must be a JSON object");
        }
        return new JsonObjectCursor(json, json.root(), "");
    }

    /** Returns the path of this object ({@code ""} for the root). */
    String path() {
        return path;
    }

    /** Returns the path of a field of this object. */
    String pathOf(String name) {
        return LocatedJson.child(path, name);
    }

    /** Returns an error located at the value of field {@code name}. */
    CaseFormatException error(String name, String problem) {
        return json.error(pathOf(name), problem);
    }

    /** Returns an error located at {@code elementPath}, a value below this object. */
    CaseFormatException errorAt(String elementPath, String problem) {
        return json.error(elementPath, problem);
    }

    /** Rejects any field whose name is not in {@code allowed}. */
    void rejectUnknownFields(Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw json.errorAtKey(pathOf(name),
                        "unknown field; allowed fields here are " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    private Optional<JsonNode> value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** Returns an error saying that required field {@code name} is absent, located at this object. */
    CaseFormatException missing(String name) {
        return json.errorAt(path, pathOf(name), "is required");
    }

    /** Tells whether the field is present and not {@code null}. */
    boolean has(String name) {
        return value(name).isPresent();
    }

    /** Returns a required, non-blank string. */
    String requiredText(String name) {
        return optionalText(name).orElseThrow(() -> missing(name));
    }

    /** Returns an optional string; when present it must not be blank. */
    Optional<String> optionalText(String name) {
        Optional<JsonNode> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(text(value.get(), pathOf(name)));
    }

    private String text(JsonNode value, String valuePath) {
        if (!value.isTextual()) {
            throw json.error(valuePath, "must be a string");
        }
        if (value.asText().isBlank()) {
            throw json.error(valuePath, "must not be blank");
        }
        return value.asText();
    }

    /** Returns an optional boolean, or {@code fallback} when absent. */
    boolean optionalBoolean(String name, boolean fallback) {
        Optional<JsonNode> value = value(name);
        if (value.isEmpty()) {
            return fallback;
        }
        if (!value.get().isBoolean()) {
            throw error(name, "must be true or false");
        }
        return value.get().booleanValue();
    }

    /** Returns an optional integer within {@code [min, max]}, or {@code null} when absent. */
    Integer optionalInt(String name, int min, int max) {
        Optional<JsonNode> value = value(name);
        if (value.isEmpty()) {
            return null;
        }
        JsonNode number = value.get();
        boolean integral = number.isIntegralNumber() && number.canConvertToInt();
        if (!integral || number.intValue() < min || number.intValue() > max) {
            throw error(name, "must be a whole number from " + min + " to " + max);
        }
        return number.intValue();
    }

    /** Returns a required integer within {@code [min, max]}. */
    int requiredInt(String name, int min, int max) {
        Integer value = optionalInt(name, min, max);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /** Returns a required nested object. */
    JsonObjectCursor requiredObject(String name) {
        return optionalObject(name).orElseThrow(() -> missing(name));
    }

    /** Returns an optional nested object. */
    Optional<JsonObjectCursor> optionalObject(String name) {
        Optional<JsonNode> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isObject()) {
            throw error(name, "must be an object");
        }
        return Optional.of(new JsonObjectCursor(json, value.get(), pathOf(name)));
    }

    /** Returns an optional array of non-blank strings; absent means empty. */
    List<String> textList(String name) {
        List<String> texts = new ArrayList<>();
        forEachElement(name, (element, elementPath) -> texts.add(text(element, elementPath)));
        return texts;
    }

    /**
     * Returns the objects of an array field.
     *
     * @param name the field
     * @param minSize the least number of elements; a positive value makes the field required
     */
    List<JsonObjectCursor> objectList(String name, int minSize) {
        if (minSize > 0 && !has(name)) {
            throw missing(name);
        }
        List<JsonObjectCursor> objects = new ArrayList<>();
        forEachElement(name, (element, elementPath) -> {
            if (!element.isObject()) {
                throw json.error(elementPath, "must be an object");
            }
            objects.add(new JsonObjectCursor(json, element, elementPath));
        });
        if (objects.size() < minSize) {
            throw error(name, "must have at least " + minSize + " element" + (minSize == 1 ? "" : "s"));
        }
        return objects;
    }

    /** Returns an optional object of string (or number) values; absent means empty. */
    Map<String, String> textMap(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        Optional<JsonNode> value = value(name);
        if (value.isEmpty()) {
            return map;
        }
        if (!value.get().isObject()) {
            throw error(name, "must be an object of strings");
        }
        value.get().fields().forEachRemaining(entry -> {
            String entryPath = LocatedJson.child(pathOf(name), entry.getKey());
            JsonNode entryValue = entry.getValue();
            if (entryValue.isNumber()) {
                map.put(entry.getKey(), entryValue.asText());
            } else {
                map.put(entry.getKey(), text(entryValue, entryPath));
            }
        });
        return map;
    }

    /**
     * Returns the elements of an optional array field (absent means empty), each with its pointer,
     * for arrays whose elements may take several forms.
     */
    List<Element> elements(String name) {
        List<Element> elements = new ArrayList<>();
        forEachElement(name, (element, elementPath) -> elements.add(new Element(element, elementPath)));
        return elements;
    }

    /** Returns a cursor on an element that is an object, or an error at it. */
    JsonObjectCursor object(Element element) {
        if (!element.node().isObject()) {
            throw json.error(element.pointer(), "must be an object");
        }
        return new JsonObjectCursor(json, element.node(), element.pointer());
    }

    /** Returns the non-blank string an element holds, or an error at it. */
    String text(Element element) {
        return text(element.node(), element.pointer());
    }

    /** Returns the number an element holds, or an error at it. */
    double number(Element element) {
        if (!element.node().isNumber()) {
            throw json.error(element.pointer(), "must be a number");
        }
        return element.node().doubleValue();
    }

    /** Returns the locations of every value of the document. */
    CaseLocations locations() {
        return json.locations();
    }

    private void forEachElement(String name, ElementConsumer consumer) {
        Optional<JsonNode> value = value(name);
        if (value.isEmpty()) {
            return;
        }
        if (!value.get().isArray()) {
            throw error(name, "must be an array");
        }
        for (int i = 0; i < value.get().size(); i++) {
            consumer.accept(value.get().get(i), LocatedJson.element(pathOf(name), i));
        }
    }

    /** An array element and its JSON pointer. */
    record Element(JsonNode node, String pointer) {
    }

    @FunctionalInterface
    private interface ElementConsumer {
        void accept(JsonNode element, String elementPath);
    }
}
