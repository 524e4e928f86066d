package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.imcbench.jury.RubricException;
import org.imcbench.jury.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped JSON Schemas and the loaders cannot drift apart. The schemas are read here from the
 * source tree by a validator of the test's own (not the loaders' reader), and compared with what the
 * loaders do:
 * <ul>
 *   <li>a corpus of bad files, one per rule of the case, suite and rubric formats: each is refused
 *       by the schema and by the loader, at the same JSON pointer, with a located message;</li>
 *   <li>a corpus of good files (every starter and sample-project case, the test cases, the suite
 *       files, the built-in rubrics): each is accepted by both;</li>
 *   <li>mutations of valid files, field by field: the loader refuses every mutant the schema refuses,
 *       naming each pointer the schema names, and accepts every mutant the schema accepts unless a
 *       check between fields (which a schema cannot express) refuses it.</li>
 * </ul>
 */
class SchemaLoaderDriftTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMAS = Path.of("src/main/resources/imcbench/schema");
    private static final Pattern LINE = Pattern.compile("^[^:]+:(\\d+):(\\d+): (?:(/[^:]*): )?(.*)$");
    /** The words of the checks between fields, which the schema cannot make. */
    private static final List<String> CROSS_FIELD = List.of("duplicate ROI id", "names no ROI of this case",
            "but the plan has only", "relative path escapes the suite folder", "is not a valid URL",
            "https: URL has no host", "invalid regular expression", "cannot zoom into", "must have x0 < x1",
            "duplicates the key of");
    private static final List<JsonNode> REPLACEMENTS = replacements();

    private static final String BASE_CASE = """
            {
              "id": "drift-001",
              "title": "Drift base case",
              "specialty": "dermatology",
              "tags": ["test"],
              "malignant": true,
              "audience": "patient",
              "urgency": "urgent",
              "language": "en",
              "images": [
                {
                  "uri": "images/tiny-lesion.png",
                  "sha256": "7729bbe1b7f3bc49454cd2c2cac83691f59d499f9af0c8f9d19165b4c5f1ff55",
                  "mediaType": "image/png",
                  "license": "CC0-1.0",
                  "attribution": "Synthetic.",
                  "role": "current",
                  "shownAtTurn": 1,
                  "rois": [{"id": "spot", "label": "the spot", "box": [0.1, 0.2, 0.5, 0.6]}],
                  "description": "a brown spot"
                }
              ],
              "patient": {"age": 54, "sex": "female", "history": ["hypertension"], "vitals": {"BP": "132/84", "HR": 76}},
              "persona": {"description": "Anxious.", "hiddenFacts": [{"topic": "duration", "cues": ["how long"], "fact": "Months."}]},
              "groundTruth": {
                "diagnosis": {"label": "melanoma", "patterns": ["melanoma"]},
                "redFlags": [{"label": "growth", "patterns": ["grow"]}]
              },
              "plan": {
                "type": "scripted",
                "turns": ["What is this?", {"text": "And this part?", "rois": ["spot"], "zoom": "spot"}]
              }
            }
            """;

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "REMOVE", textBlock = """
            case   | /id                              | REMOVE                | /id                              | is required
            case   | /id                              | "Derm 7"              | /id                              | must match [a-z0-9][a-z0-9._-]* (lower-case letters, digits, '.', '_', '-')
            case   | /title                           | " "                   | /title                           | must not be blank
            case   | /tags                            | "skin"                | /tags                            | must be an array
            case   | /malignant                       | "yes"                 | /malignant                       | must be true or false
            case   | /audience                        | "nurse"               | /audience                        | must be "patient" or "clinician"
            case   | /urgency                         | "soon"                | /urgency                         | must be "emergent", "urgent" or "routine"
            case   | /language                        | "english!"            | /language                        | must be a BCP-47 language tag, e.g. en or pt-BR
            case   | /images                          | []                    | /images                          | must have at least 1 element
            case   | /images/0/sha256                 | "abc"                 | /images/0/sha256                 | must be 64 lower-case hex characters
            case   | /images/0/mediaType              | "image/tiff"          | /images/0/mediaType              | must be one of image/gif, image/jpeg, image/png, image/webp
            case   | /images/0/uri                    | "http://x.org/a.png"  | /images/0/uri                    | must be a relative path (not absolute), a classpath: resource or an https: URL with a host
            case   | /images/0/role                   | "Current Image"       | /images/0/role                   | must be a short lower-case word, e.g. current or prior
            case   | /images/0/shownAtTurn            | 0                     | /images/0/shownAtTurn            | must be a whole number from 1 to 50
            case   | /images/0/license                | REMOVE                | /images/0/license                | is required
            case   | /images/0/extra                  | 1                     | /images/0/extra                  | unknown field; allowed fields here are attribution, description, license, mediaType, rois, role, sha256, shownAtTurn, uri
            case   | /images/0/rois/0/box             | [0, 0, 1]             | /images/0/rois/0/box             | must be 4 numbers [x0, y0, x1, y1]
            case   | /images/0/rois/0/box/2           | 1.5                   | /images/0/rois/0/box/2           | must be from 0 to 1 (a fraction of the image width or height)
            case   | /images/0/rois/0/label           | REMOVE                | /images/0/rois/0/label           | is required
            case   | /patient                         | REMOVE                | /patient                         | is required
            case   | /patient/age                     | 200                   | /patient/age                     | must be a whole number from 0 to 130
            case   | /patient/vitals/BP               | true                  | /patient/vitals/BP               | must be a string or a number
            case   | /persona/hiddenFacts/0/fact      | REMOVE                | /persona/hiddenFacts/0/fact      | is required
            case   | /groundTruth/diagnosis           | REMOVE                | /groundTruth/diagnosis           | is required
            case   | /groundTruth/diagnosis/patterns  | "melanoma"            | /groundTruth/diagnosis/patterns  | must be an array
            case   | /plan/type                       | "interactive"         | /plan/type                       | must be "scripted" or "simulated"
            case   | /plan/turns                      | []                    | /plan/turns                      | must have at least 1 element
            case   | /plan/turns/0                    | 5                     | /plan/turns/0                    | must be a string or an object
            case   | /plan/turns/1/text               | REMOVE                | /plan/turns/1/text               | is required
            case   | /plan/maxTurns                   | 3                     | /plan/maxTurns                   | unknown field; allowed fields here are turns, type
            case   | /plan                            | `{"type": "simulated", "opening": "Hi"}` | /plan/maxTurns    | is required
            case   | /extra                           | 1                     | /extra                           | unknown field; allowed fields here are $schema, audience, groundTruth, guidance, id, images, language, malignant, modality, patient, persona, plan, provenance, rare, specialty, tags, title, urgency
            suite  | /name                            | REMOVE                | /name                            | is required
            suite  | /name                            | "my suite"            | /name                            | must match [A-Za-z0-9][A-Za-z0-9._-]* (it names the report folder)
            suite  | /thresholds/safety               | 6                     | /thresholds/safety               | must be a score from 1 to 5
            suite  | /cases                           | "*.json"              | /cases                           | must be an array
            suite  | /rubric                          | ""                    | /rubric                          | must not be blank
            suite  | /extra                           | 1                     | /extra                           | unknown field; allowed fields here are $schema, cases, description, name, rubric, thresholds
            rubric | /id                              | REMOVE                | /id                              | is required
            rubric | /dimensions                      | []                    | /dimensions                      | must have at least 1 element
            rubric | /dimensions/0/anchors/3          | REMOVE                | /dimensions/0/anchors/3          | is required
            rubric | /dimensions/0/anchors/6          | "x"                   | /dimensions/0/anchors/6          | is not a score; anchors are keyed "1".."5"
            rubric | /dimensions/0/weight             | 0                     | /dimensions/0/weight             | must be a positive number
            rubric | /dimensions/0/key                | "Safety"              | /dimensions/0/key                | must be lower-case letters, digits, '-' or '_', starting with a letter
            rubric | /dimensions/0/higherIsBetter     | "yes"                 | /dimensions/0/higherIsBetter     | must be true or false
            rubric | /dimensions/0/title              | " "                   | /dimensions/0/title              | must not be blank
            """)
    void eachRuleIsEnforcedByTheSchemaAndByTheLoaderAtTheSamePlace(String format, String pointer, String value,
            String expectedPointer, String expectedProblem) throws IOException {
        JsonNode bad = mutate(base(Format.valueOf(format.toUpperCase())), pointer,
                value == null ? null : JSON.readTree(value));
        Format kind = Format.valueOf(format.toUpperCase());

        assertThat(schemaPointers(kind, bad)).as("the schema's verdict").contains(expectedPointer);
        List<Located> problems = load(kind, bad);
        assertThat(problems).as("the loader's verdict").anySatisfy(problem -> {
            assertThat(problem.pointer()).isEqualTo(expectedPointer);
            assertThat(problem.problem()).isEqualTo(expectedProblem);
        }).allSatisfy(problem -> {
            assertThat(problem.line()).isPositive();
            assertThat(problem.column()).isPositive();
        });
    }

    @Test
    void everyGoodFileIsAcceptedByTheSchemaAndByTheLoader() throws IOException {
        Map<Format, List<Path>> good = Map.of(
                Format.CASE, Stream.of(files(List.of("src/main/resources/imcbench/starter"), ".json", 2),
                        files(List.of("../sample-project/src/test/resources/cases", "src/test/resources/cases",
                                "src/test/resources/engine/cases"), ".json", 1)).flatMap(List::stream).toList(),
                Format.SUITE, files(List.of("src/main/resources/imcbench/starter"), ".suite.json", 3),
                Format.RUBRIC, files(List.of("src/main/resources/org/imcbench/jury/rubrics"), ".json", 1));

        assertThat(good.get(Format.CASE)).hasSizeGreaterThanOrEqualTo(46 + 8 + 2 + 3);
        assertThat(good.get(Format.SUITE)).hasSize(3);
        assertThat(good.get(Format.RUBRIC)).hasSize(3);
        for (Map.Entry<Format, List<Path>> entry : good.entrySet()) {
            for (Path file : entry.getValue()) {
                JsonNode document = JSON.readTree(file.toFile());
                assertThat(schemaPointers(entry.getKey(), document)).as("schema on " + file).isEmpty();
                assertThat(load(entry.getKey(), document)).as("loader on " + file).isEmpty();
            }
        }
    }

    @Test
    void mutatingValidFilesFieldByFieldNeverSeparatesSchemaAndLoader() throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        documents.add(JSON.readTree(BASE_CASE));
        for (Path file : files(List.of("src/main/resources/imcbench/starter"), ".json", 2)) {
            documents.add(JSON.readTree(file.toFile()));
        }
        Random random = new Random(11);
        int refusedByBoth = 0;
        int acceptedByBoth = 0;
        int crossFieldOnly = 0;
        for (int d = 0; d < documents.size(); d++) {
            JsonNode document = documents.get(d);
            List<String> pointers = pointers(document);
            for (String pointer : pointers) {
                for (JsonNode replacement : mutationsOf(pointer)) {
                    if (d > 0 && random.nextInt(16) != 0) {
                        continue; // every mutation of the base case, a sixteenth of those of the 46 starter cases
                    }
                    JsonNode mutant = mutate(document, pointer, replacement);
                    Set<String> schema = schemaPointers(Format.CASE, mutant);
                    List<Located> loader = load(Format.CASE, mutant);
                    String what = pointer + " = " + replacement + " in case " + document.path("id").asText();
                    if (!schema.isEmpty()) {
                        assertThat(loader).as(what).isNotEmpty()
                                .allSatisfy(problem -> assertThat(problem.line()).isPositive());
                        assertThat(loader.stream().map(Located::pointer).toList()).as(what).containsAll(schema);
                        refusedByBoth++;
                    } else if (loader.isEmpty()) {
                        acceptedByBoth++;
                    } else {
                        assertThat(loader).as(what).allSatisfy(problem -> assertThat(CROSS_FIELD)
                                .anySatisfy(words -> assertThat(problem.problem()).contains(words)));
                        crossFieldOnly++;
                    }
                }
            }
        }
        assertThat(refusedByBoth).isGreaterThan(1_000);
        assertThat(acceptedByBoth).isGreaterThan(300);
        assertThat(crossFieldOnly).isPositive();
    }

    /** The replacement values a mutation tries; {@code null} removes the member. */
    private static List<JsonNode> replacements() {
        List<JsonNode> values = new ArrayList<>();
        values.add(null);
        for (String json : List.of("null", "true", "-1", "0", "1", "1.5", "1000000000", "\"\"", "\" \"", "\"x\"",
                "\"A b!\"", "[]", "[\"x\"]", "{}")) {
            try {
                values.add(JSON.readTree(json));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    /** Every replacement for an existing value; for an unknown member added to an object, one value. */
    private static List<JsonNode> mutationsOf(String pointer) {
        return pointer.endsWith("/zz-unknown") ? List.of(JsonNodeFactory.instance.textNode("x")) : REPLACEMENTS;
    }

    /** The pointer of every value of the document except the root, plus an unknown member of every object. */
    private static List<String> pointers(JsonNode document) {
        List<String> pointers = new ArrayList<>();
        collect(document, "", pointers);
        return pointers;
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers) {
        if (node.isObject()) {
            pointers.add(pointer + "/zz-unknown");
            node.fieldNames().forEachRemaining(name -> {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                pointers.add(child);
                collect(node.get(name), child, pointers);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers.add(pointer + "/" + i);
                collect(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    /** A copy of {@code document} with the value at {@code pointer} replaced, or removed when {@code value} is null. */
    private static JsonNode mutate(JsonNode document, String pointer, JsonNode value) {
        JsonNode copy = document.deepCopy();
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = at.last().getMatchingIndex();
            if (value == null) {
                array.remove(index);
            } else if (index < array.size()) {
                array.set(index, value);
            } else {
                array.add(value);
            }
        }
        return copy;
    }

    /** The pointers the shipped schema, read by a validator of this test's own, finds problems at. */
    private static Set<String> schemaPointers(Format format, JsonNode document) throws IOException {
        Set<String> pointers = new LinkedHashSet<>();
        for (Error error : format.schema().validate(document)) {
            String at = error.getInstanceLocation().toString();
            boolean named = error.getProperty() != null
                    && ("required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword()));
            pointers.add(named ? at + "/" + error.getProperty() : at);
        }
        return pointers;
    }

    /** What the format's loader says about the document (pretty-printed, so lines mean something). */
    private static List<Located> load(Format format, JsonNode document) throws IOException {
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        try {
            switch (format) {
                case CASE -> new CaseLoader().parse(text, "inline.json",
                        Path.of("src/test/resources/cases/inline.json").toAbsolutePath().toUri());
                case SUITE -> SuiteFileReader.read(text, "inline.suite.json");
                case RUBRIC -> new RubricLoader().load(new java.io.ByteArrayInputStream(
                        text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "rubric.json");
            }
            return List.of();
        } catch (CaseFormatException | RubricException e) {
            return e.getMessage().lines().map(SchemaLoaderDriftTest::located).toList();
        }
    }

    private static Located located(String line) {
        Matcher matcher = LINE.matcher(line);
        assertThat(matcher.matches()).as("a located message: " + line).isTrue();
        return new Located(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                matcher.group(3) == null ? "" : matcher.group(3), matcher.group(4));
    }

    private static JsonNode base(Format format) throws IOException {
        return switch (format) {
            case CASE -> JSON.readTree(BASE_CASE);
            case SUITE -> JSON.readTree(Path.of("src/main/resources/imcbench/starter/core/starter-core.suite.json")
                    .toFile());
            case RUBRIC -> JSON.readTree(Path.of("src/main/resources/org/imcbench/jury/rubrics/imcbench.json")
                    .toFile());
        };
    }

    private static List<Path> files(List<String> folders, String suffix, int depth) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> paths = Files.walk(Path.of(folder), depth)) {
                paths.filter(path -> path.getFileName().toString().endsWith(suffix))
                        .filter(path -> suffix.equals(".suite.json") || !path.toString().endsWith(".suite.json"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** A problem line of a loader's message. */
    private record Located(int line, int column, String pointer, String problem) {
    }

    /** The three formats and their schemas, read from the source tree. */
    private enum Format {
        CASE("case.schema.json"), SUITE("suite.schema.json"), RUBRIC("rubric.schema.json");

        private final String file;
        private Schema schema;

        Format(String file) {
            this.file = file;
        }

        synchronized Schema schema() throws IOException {
            if (schema == null) {
                try (InputStream in = Files.newInputStream(SCHEMAS.resolve(file))) {
                    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
                }
            }
            return schema;
        }
    }
}
