package org.imcbench.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the data files of one format (cases, suite files, rubrics): parses the JSON within fixed
 * limits, validates it against the format's JSON Schema shipped in the jar, and binds it with
 * Jackson. The schema is the one place the format's rules live; every problem it finds is reported
 * with file, line, column and JSON pointer, not only the first. Checks a schema cannot express
 * (references between fields) are the caller's, on the returned {@link JsonDocument}.
 *
 * <p>Limits, whatever the file: nesting at most {@value #MAX_DEPTH} levels, numbers at most
 * {@value #MAX_NUMBER_LENGTH} characters, strings at most {@value #MAX_STRING_LENGTH} characters.
 * A file beyond them is one problem, never a crash of the caller.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type a document binds to
 */
public final class SchemaCheckedReader<T> {
    /** The deepest nesting of objects and arrays read. */
    public static final int MAX_DEPTH = 64;
    /** The longest number read, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** The longest string read, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The keyword of a schema's own messages for its rules: {@code "errorMessage": {"pattern": "..."}}. */
    public static final String MESSAGE_KEYWORD = "errorMessage";

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Schema schema;
    private final Class<T> type;

    private SchemaCheckedReader(Schema schema, Class<T> type) {
        this.schema = schema;
        this.type = type;
    }

    /**
     * A reader of the format whose schema is the classpath resource {@code schemaResource}.
     *
     * @param schemaResource e.g. {@code imcbench/schema/case.schema.json}
     * @param type the type documents bind to (a record whose components are the format's fields)
     * @param <T> that type
     * @return the reader
     */
    public static <T> SchemaCheckedReader<T> of(String schemaResource, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return new SchemaCheckedReader<>(loadSchema(schemaResource), type);
    }

    /** Loads the schema resource, registered under its {@code $id} so that its references resolve in it. */
    private static Schema loadSchema(String schemaResource) {
        String text;
        try (InputStream in = SchemaCheckedReader.class.getClassLoader().getResourceAsStream(schemaResource)) {
            if (in == null) {
                throw new IllegalStateException("JSON Schema " + schemaResource + " is not on the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON Schema " + schemaResource, e);
        }
        String id;
        try {
            id = MAPPER.readTree(text).path("$id").asText(schemaResource);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON Schema " + schemaResource + " is not JSON", e);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(id, text)).schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .errorMessageKeyword(MESSAGE_KEYWORD)
                        .pathType(PathType.JSON_POINTER)
                        .build()));
        Schema schema = registry.getSchema(SchemaLocation.of(id));
        schema.initializeValidators();
        return schema;
    }

    /**
     * A streaming parser of a document's bytes with the limits and the duplicate-key check of {@link #read}, for
     * a reader that takes a few fields of a document and leaves its full read for later.
     *
     * @param content the document's bytes (UTF-8; a leading byte-order mark is skipped)
     * @return the parser, to be closed by the caller
     * @throws IOException if the parser cannot be made
     */
    public static JsonParser streamingParser(byte[] content) throws IOException {
        return MAPPER.createParser(content);
    }

    /**
     * Reads one document.
     *
     * @param content the JSON text (a leading byte-order mark is ignored)
     * @param sourceName how messages name the file
     * @param firstLine the line of the file the text starts on (1 unless it is a line of a {@code .jsonl} file)
     * @return the bound document, with its text to locate problems in
     * @throws InvalidDocumentException naming every problem, when the text is not valid JSON, breaks a
     *     limit or a rule of the schema
     */
    public JsonDocument<T> read(String content, String sourceName, int firstLine) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sourceName, "sourceName");
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        JsonNode root = parse(text, sourceName, firstLine, false);
        LocatedText located = new LocatedText(text, firstLine);
        List<DocumentProblem> problems = schema.validate(root).stream()
                .map(error -> problem(located, error))
                .distinct()
                .sorted(Comparator.comparingInt(DocumentProblem::line).thenComparingInt(DocumentProblem::column)
                        .thenComparing(DocumentProblem::pointer))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(sourceName, problems, null);
        }
        try {
            return new JsonDocument<>(sourceName, MAPPER.treeToValue(root, type), located);
        } catch (JsonMappingException e) {
            throw new InvalidDocumentException(sourceName, List.of(located.problem(pointerOf(e),
                    "cannot be read: " + e.getOriginalMessage())), e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidDocumentException(sourceName, List.of(new DocumentProblem(firstLine, 1, "",
                    "cannot be read: " + e.getMessage())), e);
        }
    }

    /** The tree of a text {@link #parse} accepted, its nodes knowing where they are in the text. */
    static JsonNode locatedTree(String text) {
        return parse(text, "", 1, true);
    }

    /** The text's tree; with {@code located}, its nodes know where they are (slower: only to locate problems). */
    private static JsonNode parse(String text, String sourceName, int firstLine, boolean located) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode root;
            try {
                root = (located ? MAPPER.reader(LocationJsonNodeFactoryFactory.getInstance().getJsonNodeFactory(parser))
                        : MAPPER.reader()).readTree(parser);
            } catch (StreamConstraintsException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new InvalidDocumentException(sourceName, List.of(JsonDocument.located(at, firstLine, "",
                        "beyond a limit of what is read: " + e.getOriginalMessage())), e);
            }
            if (root == null || root.isMissingNode()) {
                throw new InvalidDocumentException(sourceName, List.of(new DocumentProblem(firstLine, 1, "",
                        "empty document, expected a JSON object")), null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InvalidDocumentException(sourceName, List.of(JsonDocument.located(e.getLocation(), firstLine,
                    "", "invalid JSON: " + e.getOriginalMessage())), e);
        } catch (IOException e) {
            throw new InvalidDocumentException(sourceName, List.of(new DocumentProblem(firstLine, 1, "",
                    "cannot read JSON: " + e.getMessage())), e);
        }
    }

    /** A schema error as a located problem; a missing or unknown property is named in the pointer. */
    private static DocumentProblem problem(LocatedText located, Error error) {
        String pointer = error.getInstanceLocation().toString();
        String keyword = error.getKeyword();
        if (error.getProperty() != null && ("required".equals(keyword) || "additionalProperties".equals(keyword)
                || "unevaluatedProperties".equals(keyword))) {
            String child = pointer + "/" + error.getProperty().replace("~", "~0").replace("/", "~1");
            String at = "required".equals(keyword) ? pointer : child;
            return located.problem(at, error.getMessage()).withPointer(child);
        }
        return located.problem(pointer, error.getMessage());
    }

    private static String pointerOf(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getFieldName() != null
                    ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }
}
