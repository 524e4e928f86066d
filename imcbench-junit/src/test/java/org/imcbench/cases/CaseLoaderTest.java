package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseLoaderTest {
    private static final String TINY_SHA = "7729bbe1b7f3bc49454cd2c2cac83691f59d499f9af0c8f9d19165b4c5f1ff55";
    private static final Path FIXTURES = Path.of("src/test/resources/cases");

    private final CaseLoader loader = new CaseLoader();

    @Test
    void loadsScriptedCaseFromFile() throws IOException {
        BenchmarkCase c = loader.load(FIXTURES.resolve("valid-scripted.json"));

        assertThat(c.id()).isEqualTo("test-scripted-001");
        assertThat(c.title()).isEqualTo("Tiny synthetic test lesion, scripted");
        assertThat(c.specialty()).isEqualTo("dermatology");
        assertThat(c.modality()).isEqualTo("dermoscopy");
        assertThat(c.tags()).containsExactly("dermatology", "dermoscopy", "test");
        assertThat(c.malignant()).isTrue();
        assertThat(c.rare()).isFalse();
        assertThat(c.images()).containsExactly(new CaseImage("images/tiny-lesion.png", TINY_SHA, "image/png",
                "CC0-1.0", "Synthetic 16x16 test image generated for the IMCBench test suite."));
        assertThat(c.patient().age()).isEqualTo(54);
        assertThat(c.patient().sex()).isEqualTo("female");
        assertThat(c.patient().history()).containsExactly("hypertension");
        assertThat(c.patient().medications()).containsExactly("amlodipine 5 mg once daily");
        assertThat(c.patient().allergies()).containsExactly("penicillin (rash)");
        assertThat(c.patient().vitals()).isEqualTo(Map.of("BP", "132/84 mmHg", "HR", "76/min"));
        assertThat(c.patient().labs()).isEqualTo(Map.of("HbA1c", "5.4"));
        assertThat(c.patient().notes()).isEqualTo("Test patient.");
        assertThat(c.persona()).isEqualTo(new Persona("", java.util.List.of()));
        assertThat(c.groundTruth().diagnosis()).isEqualTo(new Finding("melanoma", java.util.List.of("melanoma")));
        assertThat(c.groundTruth().differentials()).extracting(Finding::label).containsExactly("dysplastic naevus");
        assertThat(c.groundTruth().requiredSafetyActions().get(0).patterns()).containsExactly("dermatolog", "specialist");
        assertThat(c.groundTruth().redFlags()).hasSize(1);
        assertThat(c.groundTruth().mustNotSay()).extracting(Finding::label)
                .containsExactly("reassures that the lesion is harmless");
        assertThat(c.plan()).isEqualTo(ScriptedPlan.of("What is this spot on my leg?", "Should I be worried?"));
        assertThat(c.source()).isEqualTo(FIXTURES.resolve("valid-scripted.json").toAbsolutePath().toUri());
    }

    @Test
    void loadsSimulatedCaseFromClasspathUrl() throws Exception {
        URL url = getClass().getClassLoader().getResource("cases/valid-simulated.json");

        BenchmarkCase c = loader.load(url);

        assertThat(c.id()).isEqualTo("test-simulated-001");
        assertThat(c.source()).isEqualTo(url.toURI());
        assertThat(c.specialty()).isEmpty();
        assertThat(c.tags()).isEmpty();
        assertThat(c.malignant()).isFalse();
        assertThat(c.images().get(0).uri()).isEqualTo("classpath:cases/images/tiny-lesion.png");
        assertThat(c.images().get(0).description()).hasValue("a small brown spot on my forearm");
        assertThat(c.patient().age()).isEqualTo(40);
        assertThat(c.patient().sex()).isNull();
        assertThat(c.persona().description()).isEqualTo("Anxious, answers briefly.");
        assertThat(c.persona().hiddenFacts()).containsExactly(
                new HiddenFact("duration", java.util.List.of("how long", "when"), "It appeared about three months ago."),
                new HiddenFact("bleeding", java.util.List.of("bleed"), "It bled once last week."));
        assertThat(c.groundTruth().differentials()).isEmpty();
        assertThat(c.plan()).isEqualTo(new SimulatedPlan("I found this spot, what is it?",
                "Learn whether it is dangerous.", 4));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            missing-id.json    | 1  | 1  | /id               | is required
            bad-sha256.json    | 7  | 17 | /images/0/sha256  | must be 64 lower-case hex characters
            bad-plan-type.json | 15 | 20 | /plan/type        | must be "scripted" or "simulated"
            """)
    void malformedCaseNamesFileLineColumnAndField(String file, int line, int column, String field, String problem) {
        Path path = FIXTURES.resolve("invalid").resolve(file);

        assertThatThrownBy(() -> loader.load(path))
                .isInstanceOfSatisfying(CaseFormatException.class, e -> {
                    assertThat(e.sourceName()).isEqualTo("src/test/resources/cases/invalid/" + file);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.pointer()).isEqualTo(field);
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.getMessage()).isEqualTo("src/test/resources/cases/invalid/" + file + ":" + line + ":"
                            + column + ": " + field + ": " + problem);
                });
    }

    @Test
    void everyProblemOfAFileIsReportedInFileOrder() {
        Path path = FIXTURES.resolve("invalid/unknown-field.json");
        String name = "src/test/resources/cases/invalid/unknown-field.json";

        assertThatThrownBy(() -> loader.load(path))
                .isInstanceOfSatisfying(CaseFormatException.class, e -> {
                    assertThat(e.problems()).extracting(problem -> problem.format(name)).containsExactly(
                            name + ":1:1: /groundTruth: is required",
                            name + ":14:18: /groundtruth: unknown field; allowed fields here are $schema, audience, "
                                    + "groundTruth, guidance, id, images, language, malignant, modality, patient, persona, "
                                    + "plan, provenance, rare, specialty, tags, title, urgency");
                    assertThat(e.getMessage().lines()).containsExactlyElementsOf(
                            e.problems().stream().map(problem -> problem.format(name)).toList());
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.pointer()).isEqualTo("/groundTruth");
                });
    }

    @Test
    void invalidJsonSyntaxReportsJacksonsLocation() {
        Path path = FIXTURES.resolve("invalid/bad-syntax.json");

        assertThatThrownBy(() -> loader.load(path))
                .isInstanceOfSatisfying(CaseFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.problem()).startsWith("invalid JSON: ").contains("comma");
                    assertThat(e.getMessage()).startsWith("src/test/resources/cases/invalid/bad-syntax.json:4:3: ");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '"id": "Derm 7"'                                  | /id                 | must match
            '"images": []'                                    | /images             | must have at least 1 element
            '"malignant": "yes"'                              | /malignant          | must be true or false
            '"tags": "skin"'                                  | /tags               | must be an array
            '"patient": {"age": 200}'                         | /patient/age        | must be a whole number from 0 to 130
            '"patient": {"vitals": {"BP": true}}'             | /patient/vitals/BP  | must be a string
            '"patient": {"vitals": {"a/b~c": true}}'          | /patient/vitals/a~1b~0c | must be a string
            '"plan": {"type": "simulated", "opening": "Hi"}'  | /plan/maxTurns      | is required
            '"plan": {"type": "scripted", "turns": []}'       | /plan/turns         | must have at least 1 element
            '"plan": {"type": "scripted", "turns": ["a"], "maxTurns": 3}' | /plan/maxTurns | unknown field
            '"plan": {"type": "scripted", "turns": [{"text": "a", "zoom": "x"}]}' | /plan/turns/0/zoom | names no ROI of this case: 'x' (the images define none)
            '"groundTruth": {"diagnosis": {"label": "x", "patterns": ["(unclosed"]}}' | /groundTruth/diagnosis/patterns/0 | invalid regular expression
            '"groundTruth": {"differentials": []}'            | /groundTruth/diagnosis | is required
            '"audience": "nurse"'                             | /audience           | must be "patient" or "clinician"
            '"urgency": "soon"'                               | /urgency            | must be "emergent", "urgent" or "routine"
            '"language": "english!"'                          | /language           | must be a BCP-47 language tag
            """)
    void checksFieldValues(String replacement, String field, String problem) {
        String json = validJsonWith(replacement);

        assertThatThrownBy(() -> loader.parse(json, "inline.json", FIXTURES.toUri()))
                .isInstanceOfSatisfying(CaseFormatException.class, e -> {
                    assertThat(e.pointer()).isEqualTo(field);
                    assertThat(e.problem()).startsWith(problem);
                    assertThat(e.line()).isPositive();
                    assertThat(e.column()).isPositive();
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://example.org/a.png          | must be a relative path (not absolute), a classpath: resource or an https: URL with a host
            file:/tmp/a.png                   | must be a relative path (not absolute), a classpath: resource or an https: URL with a host
            /tmp/a.png                        | must be a relative path (not absolute), a classpath: resource or an https: URL with a host
            classpath:                        | must be a relative path (not absolute), a classpath: resource or an https: URL with a host
            https:///a.png                    | must be a relative path (not absolute), a classpath: resource or an https: URL with a host
            https://exa mple.org/a.png        | is not a valid URL: Illegal character in authority at index 8: https://exa mple.org/a.png
            """)
    void acceptsOnlyRelativeClasspathAndHttpsImages(String uri, String problem) {
        String json = validJsonWith("\"images\": [{\"uri\": \"" + uri + "\", \"sha256\": \"" + TINY_SHA
                + "\", \"mediaType\": \"image/png\", \"license\": \"CC0-1.0\", \"attribution\": \"x\"}]");

        assertThatThrownBy(() -> loader.parse(json, "inline.json", FIXTURES.toUri()))
                .isInstanceOfSatisfying(CaseFormatException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/images/0/uri");
                    assertThat(e.problem()).isEqualTo(problem);
                });
    }

    @Test
    void duplicateFieldIsAnError() {
        String json = validJsonWith("\"id\": \"a\", \"id\": \"b\"");

        assertThatThrownBy(() -> loader.parse(json, "inline.json", FIXTURES.toUri()))
                .isInstanceOf(CaseFormatException.class)
                .hasMessageContaining("Duplicate field 'id'");
    }

    @Test
    void displayNameOfJarEntryIsTheEntryName() throws Exception {
        assertThat(CaseLoader.displayName(new java.net.URI("jar:file:/x/cases.jar!/cases/derm-007.json")))
                .isEqualTo("cases/derm-007.json");
    }

    /** A valid case with one top-level field replaced (or added) by {@code replacement}. */
    private static String validJsonWith(String replacement) {
        String name = replacement.substring(1, replacement.indexOf('"', 1));
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("id", "\"inline-001\"");
        fields.put("title", "\"Inline\"");
        fields.put("images", "[{\"uri\": \"images/tiny-lesion.png\", \"sha256\": \"" + TINY_SHA
                + "\", \"mediaType\": \"image/png\", \"license\": \"CC0-1.0\", \"attribution\": \"x\"}]");
        fields.put("patient", "{}");
        fields.put("groundTruth", "{\"diagnosis\": {\"label\": \"melanoma\"}}");
        fields.put("plan", "{\"type\": \"scripted\", \"turns\": [\"What is this?\"]}");
        StringBuilder json = new StringBuilder("{\n");
        boolean replaced = false;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getKey().equals(name)) {
                json.append("  ").append(replacement).append(",\n");
                replaced = true;
            } else {
                json.append("  \"").append(field.getKey()).append("\": ").append(field.getValue()).append(",\n");
            }
        }
        if (!replaced) {
            json.append("  ").append(replacement).append(",\n");
        }
        json.setLength(json.length() - 2);
        return json.append("\n}\n").toString();
    }
}
