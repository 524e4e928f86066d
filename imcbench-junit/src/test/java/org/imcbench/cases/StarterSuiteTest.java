package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the starter suite shipped under {@code imcbench/starter/}: that every folder validates
 * clean through the loader and the image checks ({@link CaseValidator}, as {@code Validate} does),
 * its composition, the ROI and turn semantics of the contract, and its images and labels against the
 * image manifest. The composition and manifest checks read the files as JSON trees, since they are
 * about the shipped data rather than the loaded model.
 */
class StarterSuiteTest {
    private static final String SCHEMA = "../../schema/case.schema.json";
    private static final List<String> FOLDERS = List.of("core", "extended", "de");
    private static final Path MANIFEST = ImageResolverTest.SHARED_IMAGES.resolve("manifest.json");
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static Path starter;
    private static List<CaseFile> cases;

    /** One shipped case file: its folder ({@code core} or {@code extended}) and its JSON tree. */
    private record CaseFile(String folder, Path path, JsonNode json) {
        String id() {
            return json.path("id").asText();
        }

        List<JsonNode> images() {
            return list(json.path("images"));
        }

        List<JsonNode> turns() {
            return list(json.path("plan").path("turns"));
        }

        boolean simulated() {
            return json.path("plan").path("type").asText().equals("simulated");
        }

        /** Patient turns in the plan: scripted turns, or the simulated plan's {@code maxTurns}. */
        int plannedTurns() {
            return simulated() ? json.path("plan").path("maxTurns").asInt() : turns().size();
        }

        Set<String> roiIds() {
            Set<String> ids = new HashSet<>();
            images().forEach(image -> list(image.path("rois")).forEach(roi -> ids.add(roi.path("id").asText())));
            return ids;
        }

        boolean hasTurn(Predicate<JsonNode> test) {
            return turns().stream().anyMatch(test);
        }

        @Override
        public String toString() {
            return folder + "/" + path.getFileName();
        }
    }

    @BeforeAll
    static void readAll() throws IOException, URISyntaxException {
        starter = Path.of(StarterSuiteTest.class.getResource("/imcbench/starter").toURI());
        cases = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> files = Files.list(starter.resolve(folder))) {
                for (Path file : files.filter(f -> CaseFiles.isCaseFile(f.getFileName().toString())).sorted().toList()) {
                    cases.add(new CaseFile(folder, file, JSON.readTree(file.toFile())));
                }
            }
        }
    }

    @Test
    void everyFolderValidatesCleanThroughTheLoaderAndTheMirror(@TempDir Path cache) {
        Assumptions.assumeTrue(Files.isDirectory(ImageResolverTest.SHARED_IMAGES), "shared image folder absent");
        CaseValidator validator = new CaseValidator(new ImageResolver(new ImageSettings(
                Optional.of(ImageResolverTest.SHARED_IMAGES), cache, true, Optional.empty(),
                ImageSettings.DEFAULT_MAX_BYTES, 2)));

        for (String folder : FOLDERS) {
            CaseValidator.Report report = validator.validate(CaseDirectory.of(starter.resolve(folder).toString(),
                    getClass().getClassLoader()));

            assertThat(report.problems()).as(folder).isEmpty();
            // Chest X-ray cases are reviewed separately (some hand the patient a report's words on purpose).
            assertThat(report.warnings()).as(folder + ": diagnosis given away")
                    .noneMatch(warning -> warning.contains("gives the diagnosis away") && !warning.contains("/cxr-"));
            assertThat(report.validCases()).as(folder)
                    .isEqualTo((int) cases.stream().filter(c -> c.folder().equals(folder)).count());
        }
    }

    @Test
    void suiteMeetsTheStarterComposition() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(24);
        assertThat(cases).extracting(CaseFile::id).doesNotHaveDuplicates();
        assertThat(cases).filteredOn(c -> c.json().path("malignant").asBoolean()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(cases).extracting(c -> c.json().path("audience").asText()).contains("patient", "clinician");
        assertThat(cases).filteredOn(CaseFile::simulated).hasSizeGreaterThanOrEqualTo(12);
        assertThat(cases).filteredOn(c -> c.hasTurn(turn -> !list(turn.path("rois")).isEmpty()))
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(cases).filteredOn(c -> c.hasTurn(turn -> turn.has("zoom"))).isNotEmpty();
        assertThat(cases).filteredOn(c -> c.images().size() > 1).isNotEmpty();
    }

    @Test
    void everyCaseFileHasTheContractFields() {
        assertThat(cases).allSatisfy(c -> {
            JsonNode json = c.json();
            assertThat(json.fieldNames().next()).as(c.path() + " starts with $schema").isEqualTo("$schema");
            assertThat(json.path("$schema").asText()).isEqualTo(SCHEMA);
            assertThat(c.path().getFileName().toString()).isEqualTo(c.id() + ".json");
            assertThat(json.path("audience").asText()).as(c.id()).isIn("patient", "clinician");
            assertThat(json.path("urgency").asText()).as(c.id()).isIn("emergent", "urgent", "routine");
            assertThat(json.path("language").asText()).as(c.id()).isEqualTo(c.folder().equals("de") ? "de" : "en");
            assertThat(texts(json.path("tags")))
                    .contains(json.path("specialty").asText(), json.path("modality").asText());
            JsonNode patient = json.path("patient");
            for (String field : List.of("history", "medications", "allergies", "vitals")) {
                assertThat(patient.path(field).isEmpty()).as(c.id() + " patient." + field + " given").isFalse();
            }
            assertThat(patient.path("age").isInt()).as(c.id() + " age").isTrue();
            assertThat(patient.path("sex").asText()).as(c.id() + " sex").isNotEmpty();
            if (c.simulated()) {
                assertThat(list(json.path("persona").path("hiddenFacts"))).as(c.id() + " hidden facts")
                        .hasSizeBetween(2, 4).allSatisfy(fact -> assertThat(fact.path("cues").isEmpty()).isFalse());
            }
        });
    }

    @Test
    void groundTruthIsCompleteAndItsPatternsCompile() {
        assertThat(cases).allSatisfy(c -> {
            JsonNode truth = c.json().path("groundTruth");
            List<JsonNode> findings = new ArrayList<>(List.of(truth.path("diagnosis")));
            for (String list : List.of("differentials", "requiredSafetyActions", "redFlags", "mustNotSay")) {
                assertThat(list(truth.path(list))).as(c.id() + " " + list).isNotEmpty();
                findings.addAll(list(truth.path(list)));
            }
            assertThat(findings).allSatisfy(finding -> {
                assertThat(finding.path("label").asText()).as(c.id()).isNotBlank();
                assertThat(texts(finding.path("patterns"))).as(c.id() + ": " + finding.path("label").asText())
                        .isNotEmpty().allSatisfy(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE));
            });
        });
    }

    @Test
    void regionsOfInterestAndTurnsAreConsistent() {
        assertThat(cases).allSatisfy(c -> {
            List<String> ids = new ArrayList<>();
            for (JsonNode image : c.images()) {
                assertThat(image.path("shownAtTurn").asInt(1)).as(c.id() + " shownAtTurn")
                        .isBetween(1, c.plannedTurns());
                for (JsonNode roi : list(image.path("rois"))) {
                    ids.add(roi.path("id").asText());
                    assertThat(roi.path("label").asText()).as(c.id() + " ROI label").isNotBlank();
                    double[] box = StreamSupport.stream(roi.path("box").spliterator(), false)
                            .mapToDouble(JsonNode::asDouble).toArray();
                    assertThat(box).as(c.id() + " ROI " + roi.path("id").asText()).hasSize(4);
                    assertThat(box[0]).isBetween(0.0, 1.0).isLessThan(box[2]);
                    assertThat(box[1]).isBetween(0.0, 1.0).isLessThan(box[3]);
                    assertThat(box[2]).isLessThanOrEqualTo(1.0);
                    assertThat(box[3]).isLessThanOrEqualTo(1.0);
                }
            }
            assertThat(ids).as(c.id() + " ROI ids").doesNotHaveDuplicates();
            for (JsonNode turn : c.turns()) {
                assertThat(texts(turn.path("rois"))).as(c.id() + " turn ROIs").isSubsetOf(c.roiIds());
                if (turn.has("zoom")) {
                    assertThat(c.roiIds()).as(c.id() + " zoom ROI").contains(turn.path("zoom").asText());
                }
            }
        });
    }

    @Test
    void imagesAndLabelsComeFromTheManifest() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(MANIFEST), "image manifest absent");
        Map<String, JsonNode> bySha = new HashMap<>();
        for (JsonNode entry : JSON.readTree(MANIFEST.toFile())) {
            bySha.put(entry.path("sha256").asText(), entry);
        }
        Set<String> usedFiles = new HashSet<>();
        assertThat(cases).allSatisfy(c -> {
            boolean malignant = false;
            boolean rare = false;
            for (JsonNode image : c.images()) {
                JsonNode entry = bySha.get(image.path("sha256").asText());
                assertThat(entry).as(c.id() + " image in manifest").isNotNull();
                usedFiles.add(entry.path("file").asText());
                boolean derived = entry.has("derived");
                String language = c.json().path("language").asText();
                assertThat(c.folder()).as(c.id() + " folder of a derived=" + derived + " image, language " + language)
                        .isEqualTo(derived ? "extended" : language.equals("de") ? "de" : "core");
                assertThat(image.path("uri").asText())
                        .isEqualTo(entry.path(derived ? "file" : "canonical_url").asText());
                assertThat(image.path("mediaType").asText()).isEqualTo(entry.path("media_type").asText());
                assertThat(image.path("license").asText()).isEqualTo(entry.path("license").asText());
                assertThat(image.path("attribution").asText()).isEqualTo(entry.path("attribution").asText());
                malignant |= entry.path("malignant").asBoolean();
                rare |= entry.path("rare").asBoolean();
                String label = entry.path("dataset_label").asText();
                assertThat(texts(c.json().path("groundTruth").path("diagnosis").path("patterns")))
                        .as(c.id() + " diagnosis matches the dataset label: " + label)
                        .anyMatch(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE).matcher(label).find());
            }
            assertThat(c.json().path("malignant").asBoolean()).as(c.id() + " malignant").isEqualTo(malignant);
            assertThat(c.json().path("rare").asBoolean()).as(c.id() + " rare").isEqualTo(rare);
        });
        List<JsonNode> entries = List.copyOf(bySha.values());
        assertThat(usedFiles).as("every malignant or rare image is used")
                .containsAll(entries.stream().filter(e -> e.path("malignant").asBoolean() || e.path("rare").asBoolean())
                        .map(e -> e.path("file").asText()).toList());
        Set<String> usedModalities = new HashSet<>();
        entries.stream().filter(e -> usedFiles.contains(e.path("file").asText()))
                .forEach(e -> usedModalities.add(e.path("modality").asText()));
        assertThat(usedModalities).as("every modality is used")
                .containsAll(entries.stream().map(e -> e.path("modality").asText()).toList());
    }

    @Test
    void imagesInTheMirrorHaveTheDeclaredBytes() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(ImageResolverTest.SHARED_IMAGES), "shared image folder absent");
        Map<String, String> shaByFile = new HashMap<>();
        for (JsonNode entry : JSON.readTree(MANIFEST.toFile())) {
            shaByFile.put(entry.path("sha256").asText(), entry.path("file").asText());
        }
        Set<String> shas = new HashSet<>();
        cases.forEach(c -> c.images().forEach(image -> shas.add(image.path("sha256").asText())));
        for (String sha : shas) {
            Path file = ImageResolverTest.SHARED_IMAGES.resolve(shaByFile.get(sha));
            assertThat(Hashes.sha256(Files.readAllBytes(file))).as(file.toString()).isEqualTo(sha);
        }
    }

    @Test
    void eachFolderHasASuiteFileAndAReadme() throws IOException {
        for (String folder : FOLDERS) {
            Path dir = starter.resolve(folder);
            JsonNode suite = JSON.readTree(dir.resolve("starter-" + folder + ".suite.json").toFile());
            assertThat(suite.path("name").asText()).isEqualTo("imcbench-starter-" + folder);
            assertThat(suite.path("description").asText()).isNotBlank();
            assertThat(suite.path("rubric").asText()).isEqualTo("imcbench");
            assertThat(suite.path("thresholds").fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("safety", "accuracy", "uncertainty");
            assertThat(texts(suite.path("cases"))).containsExactly("*.json");
            assertThat(Files.readString(dir.resolve("README.md"))).contains("imcbench/starter/" + folder);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).toList();
    }
}
