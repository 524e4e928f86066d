package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.imcbench.engine.ImcBenchTestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The review warnings of a case folder, on real files: a diagnosis given away in what the model or the
 * patient simulator sees ({@link LabelLeaks}), reported by {@code Validate} (without failing) and printed by
 * the engine when the case runs, and image size or format that tells strata apart
 * ({@link ImageBalance}), on PNG and JPEG files written for the test.
 */
class CaseReviewWarningsTest {
    @TempDir
    Path folder;

    @Test
    void aDiagnosisInTheNotesTurnsOrHiddenFactsIsAWarningAtItsValueButADifferentialIsNot() throws IOException {
        writeCase("leaky", 64, "image/png", false,
                "\"notes\": \"The dataset records MELANOMA (histopathology).\"",
                "\"turns\": [\"Is it TB or an atypical naevus?\", \"My GP thinks it is a melanoma.\"]",
                "\"hiddenFacts\": [{\"topic\": \"family\", \"fact\": \"My sister had melanomas removed.\"}]");

        List<String> warnings = validator().validate(CaseDirectory.of(folder.toString(), null)).warnings();

        assertThat(warnings).containsExactly(
                folder.resolve("leaky.json") + ":12:14: /patient/notes: gives the diagnosis away: 'MELANOMA' matches "
                        + "/groundTruth/diagnosis/patterns/0; the model under test is given this",
                folder.resolve("leaky.json") + ":15:41: /plan/turns/1: gives the diagnosis away: 'melanoma' matches "
                        + "/groundTruth/diagnosis/patterns/0; the model under test is given this",
                folder.resolve("leaky.json") + ":14:54: /persona/hiddenFacts/0/fact: gives the diagnosis away: "
                        + "'melanomas' matches /groundTruth/diagnosis/patterns/0; the patient simulator is given this "
                        + "and may say it");
    }

    @Test
    void aPatternMatchesOnlyFromTheStartOfAWord() throws IOException {
        writeCase("clean", 64, "image/png", false, "\"notes\": \"Premelanoma-free; works in a melanomatous lab.\"",
                "\"turns\": [\"What is this spot?\"]", "\"hiddenFacts\": []");

        assertThat(validator().validate(CaseDirectory.of(folder.toString(), null)).warnings())
                .noneMatch(warning -> warning.contains("Premelanoma"))
                .singleElement().asString().contains("'melanoma' matches");
    }

    @Test
    void validatePrintsTheWarningsAndStillExitsZero() throws IOException {
        writeCase("leaky", 64, "image/png", false, "\"notes\": \"Histology: melanoma.\"",
                "\"turns\": [\"What is this?\"]", "\"hiddenFacts\": []");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = Validate.run(List.of(folder.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "warning: " + folder.resolve("leaky.json") + ":12:14: /patient/notes: gives the diagnosis away: "
                        + "'melanoma' matches /groundTruth/diagnosis/patterns/0; the model under test is given this",
                folder + ": 1 case(s) loaded, 0 problem(s), 1 warning(s)");
    }

    @Test
    void theEngineReviewsACaseWhenItRunsPrintsTheLeakAndStillRunsTheCase() throws IOException {
        writeCase("leaky", 64, "image/png", false, "\"notes\": \"Histology: melanoma.\"",
                "\"turns\": [\"What is this?\"]", "\"hiddenFacts\": []");
        EngineTestKit.Builder engine = EngineTestKit.engine(ImcBenchTestEngine.ENGINE_ID)
                .selectors(DiscoverySelectors.selectDirectory(folder.toFile()))
                .configurationParameter("imcbench.report.dir", folder.resolve("reports").toString())
                .configurationParameter("imcbench.cache.dir", folder.resolve("cache").toString())
                .configurationParameter("imcbench.model", "demo:oracle")
                .configurationParameter("imcbench.jury.judges", "checklist");

        assertThat(engine.discover().getDiscoveryIssues()).as("discovery reads no more than labels and outline")
                .isEmpty();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        EngineExecutionResults results;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            results = engine.execute();
        } finally {
            System.setOut(original);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsOnlyOnce("IMCBench case review: "
                + folder.resolve("leaky.json") + ":12:14: /patient/notes: gives the diagnosis away: 'melanoma' matches "
                + "/groundTruth/diagnosis/patterns/0; the model under test is given this");
        results.testEvents().assertStatistics(stats -> stats.started(4).finished(4).aborted(0));
    }

    /**
     * Six malignant cases at 180 px and four others at 180, 1022, 1022 and 1504 px: of the 24 pairs the
     * others are larger in 18 and tie in 6, so the area under the curve is (18 + 6 / 2) / 24 = 0.875 and
     * the separation 0.88 (printed to two places).
     */
    @Test
    void imageSizeThatSeparatesMalignantFromTheOtherCasesIsAWarningWithItsSeparation() throws IOException {
        int[] malignant = {180, 180, 180, 180, 180, 180};
        int[] others = {180, 1022, 1022, 1504};
        for (int i = 0; i < malignant.length; i++) {
            writeCase("m" + i, malignant[i], "image/jpeg", true, "\"notes\": \"x\"", "\"turns\": [\"What is it?\"]",
                    "\"hiddenFacts\": []");
        }
        for (int i = 0; i < others.length; i++) {
            writeCase("o" + i, others[i], "image/jpeg", false, "\"notes\": \"x\"", "\"turns\": [\"What is it?\"]",
                    "\"hiddenFacts\": []");
        }

        List<String> warnings = validator().validate(CaseDirectory.of(folder.toString(), null)).warnings();

        assertThat(ImageBalance.separation(List.of(180.0, 180.0, 180.0, 180.0, 180.0, 180.0),
                List.of(180.0, 1022.0, 1022.0, 1504.0))).isEqualTo(0.875);
        assertThat(warnings).containsExactly(folder + ": image size tells the strata apart: modality dermoscopy, "
                + "malignant (6 cases) against the others (4): longest side 180 px against 180–1504 px, separation "
                + "0.88; a model can guess the label from the resolution. Choose images of comparable size, or keep "
                + "imcbench.images.equalize on (the default), which sends every image of such a modality at the "
                + "longest side of its smallest");
    }

    @Test
    void aFormatThatSeparatesTheStrataIsAWarningAndComparableImagesAreNot() throws IOException {
        writeCase("m0", 200, "image/png", true, "\"notes\": \"x\"", "\"turns\": [\"What is it?\"]", "\"hiddenFacts\": []");
        writeCase("m1", 210, "image/png", true, "\"notes\": \"x\"", "\"turns\": [\"What is it?\"]", "\"hiddenFacts\": []");
        writeCase("o0", 205, "image/jpeg", false, "\"notes\": \"x\"", "\"turns\": [\"What is it?\"]", "\"hiddenFacts\": []");
        writeCase("o1", 195, "image/jpeg", false, "\"notes\": \"x\"", "\"turns\": [\"What is it?\"]", "\"hiddenFacts\": []");

        assertThat(validator().validate(CaseDirectory.of(folder.toString(), null)).warnings()).containsExactly(
                folder + ": image format tells the strata apart: modality dermoscopy, malignant (2 cases) against the "
                        + "others (2): 2 image/png against 2 image/jpeg, separation 1.00; a model can guess the label "
                        + "from the file format");
    }

    private CaseValidator validator() {
        return new CaseValidator(new ImageResolver(new ImageSettings(Optional.empty(), folder.resolve(".cache"), true)));
    }

    /** A case file with a square grey image of {@code side} pixels, in the given format, next to it. */
    private void writeCase(String id, int side, String mediaType, boolean malignant, String notes, String turns,
            String hiddenFacts) throws IOException {
        boolean jpeg = mediaType.equals("image/jpeg");
        String image = id + (jpeg ? ".jpg" : ".png");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB), jpeg ? "jpg" : "png", bytes);
        Files.write(folder.resolve(image), bytes.toByteArray());
        Files.writeString(folder.resolve(id + ".json"), """
                {
                  "id": "%s",
                  "title": "A spot",
                  "modality": "dermoscopy",
                  "malignant": %s,
                  "images": [{"uri": "%s", "sha256": "%s", "mediaType": "%s",
                              "license": "CC0-1.0", "attribution": "test"}],
                  "patient": {
                    "age": 50,
                    "history": ["hypertension"],
                    "vitals": {"BP": "120/80"},
                    %s
                  },
                  "persona": {"description": "Calm.", %s},
                  "plan": {"type": "scripted", %s},
                  "groundTruth": {"diagnosis": {"label": "melanoma", "patterns": ["melanomas?"]},
                                  "differentials": [{"label": "naevus", "patterns": ["atypical na?evus", "TB"]}]}
                }
                """.formatted(id, malignant, image, Hashes.sha256(bytes.toByteArray()), mediaType, notes,
                hiddenFacts, turns));
    }
}
