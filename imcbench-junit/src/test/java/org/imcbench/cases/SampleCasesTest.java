package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the sample project's cases: they load, are well mixed, match the image manifest and resolve. */
class SampleCasesTest {
    private static final Path SAMPLE_CASES = Path.of("../sample-project/src/test/resources/cases");
    private static final Path MANIFEST = ImageResolverTest.SHARED_IMAGES.resolve("manifest.json");

    private static List<BenchmarkCase> cases;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadAll() throws IOException {
        CaseLoader loader = new CaseLoader();
        cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLE_CASES)) {
            for (Path file : files.filter(f -> CaseFiles.isCaseFile(f.getFileName().toString())).sorted().toList()) {
                BenchmarkCase c = loader.load(file);
                assertThat(file.getFileName().toString()).isEqualTo(c.id() + ".json");
                cases.add(c);
            }
        }
    }

    @Test
    void thereAreAtLeastEightCasesWithUniqueIds() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(8);
        assertThat(cases).extracting(BenchmarkCase::id).doesNotHaveDuplicates();
        assertThat(cases).filteredOn(BenchmarkCase::malignant).hasSizeGreaterThanOrEqualTo(4);
        assertThat(cases).filteredOn(BenchmarkCase::rare).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cases).allSatisfy(c -> assertThat(c.tags()).contains(c.specialty(), c.modality()));
    }

    @Test
    void plansAreMixed() {
        assertThat(cases).filteredOn(c -> c.plan() instanceof ScriptedPlan scripted
                && scripted.turns().size() >= 2 && scripted.turns().size() <= 4).hasSizeGreaterThanOrEqualTo(3);
        List<BenchmarkCase> simulated = cases.stream().filter(c -> c.plan() instanceof SimulatedPlan).toList();
        assertThat(simulated).hasSizeGreaterThanOrEqualTo(3).allSatisfy(c -> {
            assertThat(((SimulatedPlan) c.plan()).maxTurns()).isBetween(3, 5);
            assertThat(c.persona().hiddenFacts()).hasSizeBetween(2, 4)
                    .allSatisfy(fact -> assertThat(fact.cues()).isNotEmpty());
        });
    }

    @Test
    void groundTruthIsComplete() {
        assertThat(cases).allSatisfy(c -> {
            GroundTruth truth = c.groundTruth();
            assertThat(truth.differentials()).isNotEmpty();
            assertThat(truth.requiredSafetyActions()).isNotEmpty();
            assertThat(truth.mustNotSay()).isNotEmpty();
            Stream.of(List.of(truth.diagnosis()), truth.differentials(), truth.requiredSafetyActions(),
                    truth.redFlags(), truth.mustNotSay()).flatMap(List::stream)
                    .forEach(finding -> assertThat(finding.patterns()).as(c.id() + ": " + finding.label()).isNotEmpty());
            assertThat(c.patient().age()).isNotNull();
            assertThat(c.patient().sex()).isNotNull();
            assertThat(c.patient().history()).isNotEmpty();
            assertThat(c.patient().medications()).isNotEmpty();
            assertThat(c.patient().allergies()).isNotEmpty();
            assertThat(c.patient().vitals()).isNotEmpty();
        });
    }

    @Test
    void imagesAndLabelsComeFromTheManifest() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(MANIFEST), "image manifest absent");
        Map<String, JsonNode> bySha = new HashMap<>();
        for (JsonNode entry : new ObjectMapper().readTree(MANIFEST.toFile())) {
            bySha.put(entry.get("sha256").asText(), entry);
        }
        assertThat(cases).allSatisfy(c -> {
            for (CaseImage image : c.images()) {
                JsonNode entry = bySha.get(image.sha256());
                assertThat(entry).as(c.id() + " image in manifest").isNotNull();
                assertThat(entry.has("derived")).as(c.id() + " uses a non-derived image").isFalse();
                assertThat(image.uri()).isEqualTo(entry.get("canonical_url").asText());
                assertThat(image.mediaType()).isEqualTo(entry.get("media_type").asText());
                assertThat(image.license()).isEqualTo(entry.get("license").asText());
                assertThat(image.attribution()).isEqualTo(entry.get("attribution").asText());
                assertThat(c.malignant()).as(c.id() + " malignant").isEqualTo(entry.get("malignant").asBoolean());
                assertThat(c.rare()).as(c.id() + " rare").isEqualTo(entry.get("rare").asBoolean());
                String label = entry.get("dataset_label").asText();
                assertThat(c.groundTruth().diagnosis().patterns())
                        .as(c.id() + " diagnosis matches the dataset label: " + label)
                        .anyMatch(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE).matcher(label).find());
            }
        });
    }

    @Test
    void allImagesResolveThroughTheMirror() {
        Assumptions.assumeTrue(Files.isDirectory(ImageResolverTest.SHARED_IMAGES), "shared image folder absent");
        ImageSettings settings =
                new ImageSettings(Optional.of(ImageResolverTest.SHARED_IMAGES), temp.resolve("cache"), true);
        ImageResolver resolver = new ImageResolver(settings, (URI uri) -> {
            throw new AssertionError("no download expected: " + uri);
        });

        Map<String, ResolvedImage> images = resolver.prefetch(cases).images();

        assertThat(images).hasSize((int) cases.stream().flatMap(c -> c.images().stream()).map(CaseImage::sha256)
                .distinct().count());
        images.forEach((sha, image) -> assertThat(Hashes.sha256(image.bytes())).isEqualTo(sha));
    }
}
