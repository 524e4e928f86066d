package org.imcbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.datasets.DatasetFixtures.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.CaseLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator on a tiny ChestX-ray14: a label file of a few rows (one per knowledge label, a
 * patient with three follow-ups, a box, an unknown label), tiny PNGs made here, and the real
 * knowledge and profile files.
 */
class ChestXray14GenerationTest {
    private static final String HEADER = "Image Index,Finding Labels,Follow-up #,Patient ID,Patient Age,"
            + "Patient Gender,View Position,OriginalImage[Width,Height],OriginalImagePixelSpacing[x,y],\n";

    @TempDir
    Path dir;

    private Path images;
    private Path labels;
    private Path boxes;
    private final Map<String, List<String>> labelsOf = new HashMap<>();
    private final Map<String, String> patientOf = new HashMap<>();
    private final Map<String, Integer> followUpOf = new HashMap<>();

    @BeforeEach
    void tinyDataset() throws IOException {
        images = dir.resolve("nih");
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> all = new ArrayList<>();
        DatasetFixtures.knowledge("chestxray14").get("labels").forEach(entry -> all.add(entry.get("label").asText()));
        int patient = 100;
        for (String label : all) {
            for (int copy = 0; copy < 3; copy++) {
                patient++;
                row(csv, String.format("%08d_000.png", patient), label, 0, patient, 20 + (patient * 7) % 70,
                        patient % 2 == 0 ? "M" : "F");
            }
        }
        // one patient, three studies, in a shuffled file order; follow-up 2 under a sub-folder
        row(csv, "00000007_002.png", "Mass", 2, 7, 63, "M");
        row(csv, "00000007_000.png", "Nodule", 0, 7, 61, "M");
        row(csv, "00000007_001.png", "Nodule|Effusion", 1, 7, 62, "M");
        row(csv, "00000009_000.png", "Hamburger_Sign", 0, 9, 50, "F");
        labels = Files.writeString(dir.resolve("Data_Entry_2017.csv"), csv.toString());
        boxes = Files.writeString(dir.resolve("BBox_List_2017.csv"), "Image Index,Finding Label,Bbox [x,y,w,h],,,\n"
                + "00000007_002.png,Mass,256,512,128,64\n");
    }

    private void row(StringBuilder csv, String file, String rowLabels, int followUp, int patient, int age, String sex)
            throws IOException {
        csv.append(file).append(',').append(rowLabels).append(',').append(followUp).append(',').append(patient)
                .append(',').append(age).append(',').append(sex).append(",PA,1024,1024,0.143,0.143\n");
        labelsOf.put(file, List.of(rowLabels.split("\\|")));
        patientOf.put(file, Integer.toString(patient));
        followUpOf.put(file, followUp);
        Path folder = images.resolve(file.startsWith("00000007_002") ? "images_002/images" : "images_001/images");
        DatasetFixtures.image(folder.resolve(file), "png", labelsOf.size());
    }

    private DatasetFixtures.Run run(Path out, int size, int priors, int seed, String... more) {
        List<String> args = new ArrayList<>(List.of("--dataset", "chestxray14", "--labels", labels.toString(),
                "--boxes", boxes.toString(), "--images", images.toString(), "--out", out.toString(),
                "--size", Integer.toString(size), "--priors", Integer.toString(priors), "--seed",
                Integer.toString(seed)));
        args.addAll(List.of(more));
        return generate(args.toArray(String[]::new));
    }

    @Test
    void everyGeneratedCaseValidatesAndAnUnknownLabelIsReportedAndSkipped() throws IOException {
        Path out = dir.resolve("cases");
        DatasetFixtures.Run run = run(out, 1000, 2, 1);

        assertThat(run.code()).as(run.out() + run.err()).isZero();
        // 15 labels x 3 + patient 7's three studies; the unknown label's row is skipped; 2 pairs of patient 7
        assertThat(run.out()).contains("49 row(s) read; wrote 50 case(s) (2 prior-study of 2 same-patient pair(s))")
                .contains("skipped: no knowledge entry for label \"Hamburger_Sign\" (1 row(s))")
                .contains(out + ": 50 case(s) loaded, 0 problem(s)");
        List<JsonNode> cases = DatasetFixtures.cases(out);
        assertThat(cases).hasSize(50);
        // the project's loader reads each file as a case, image by relative path below the dataset root
        BenchmarkCase loaded = new CaseLoader().load(out.resolve("cxr14-00000007_002.json"));
        assertThat(loaded.images()).singleElement().satisfies(image -> {
            assertThat(image.uri()).isEqualTo("images_002/images/00000007_002.png");
            assertThat(image.sha256()).isEqualTo(org.imcbench.cases.Hashes.sha256(
                    Files.readAllBytes(images.resolve(image.uri()))));
            assertThat(image.license()).startsWith("LicenseRef-NIHCC-ChestXray14-unrestricted");
            assertThat(image.attribution()).contains("Wang X").endsWith("Image 00000007_002.png.");
        });
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedOtherPatients() throws IOException {
        run(dir.resolve("a"), 30, 2, 42);
        run(dir.resolve("b"), 30, 2, 42);
        run(dir.resolve("c"), 30, 2, 43);

        Map<String, byte[]> a = files(dir.resolve("a"));
        Map<String, byte[]> b = files(dir.resolve("b"));
        assertThat(a).hasSize(32).containsOnlyKeys(b.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        Map<String, byte[]> c = files(dir.resolve("c"));
        assertThat(c.keySet()).isNotEqualTo(a.keySet());
    }

    @Test
    void groundTruthComesFromTheLabelsAndNothingTheModelSeesNamesThem() throws IOException {
        JsonNode knowledge = DatasetFixtures.knowledge("chestxray14");
        int checked = 0;
        for (int seed = 1; seed <= 4; seed++) {
            Path out = dir.resolve("seed" + seed);
            assertThat(run(out, 1000, 2, seed).code()).isZero();
            for (JsonNode generated : DatasetFixtures.cases(out)) {
                String file = currentFile(generated);
                List<String> rowLabels = labelsOf.get(file);
                JsonNode diagnosis = generated.get("groundTruth").get("diagnosis");
                for (String label : rowLabels) {
                    assertThat(diagnosis.get("label").asText())
                            .contains(DatasetFixtures.entry(knowledge, label).get("diagnosis").get("label").asText());
                }
                for (String text : DatasetFixtures.visibleText(generated)) {
                    for (String label : rowLabels) {
                        for (Pattern giveaway : DatasetFixtures.giveaways(knowledge, label)) {
                            assertThat(giveaway.matcher(text).find())
                                    .as("%s: \"%s\" gives away %s (%s)", generated.get("id"), text, label, giveaway)
                                    .isFalse();
                        }
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(4 * 50);
    }

    @Test
    void everyMedicationComesWithItsHistoryEntryAndNoHistoryStandsAlone() throws IOException {
        JsonNode tables;
        try (var in = getClass().getClassLoader().getResourceAsStream("imcbench/datasets/chestxray14.profiles.json")) {
            tables = DatasetFixtures.JSON.readTree(in);
        }
        Map<String, List<String>> medicationsOf = new HashMap<>();
        tables.get("labels").forEach(table -> table.get("history").forEach(option -> {
            List<String> medications = new ArrayList<>();
            option.get("medications").forEach(m -> medications.add(m.asText()));
            medicationsOf.put(option.get("entry").asText(), medications);
        }));
        int withMedication = 0;
        for (int seed = 1; seed <= 3; seed++) {
            Path out = dir.resolve("seed" + seed);
            run(out, 1000, 0, seed);
            for (JsonNode generated : DatasetFixtures.cases(out)) {
                List<String> history = new ArrayList<>();
                generated.get("patient").path("history").forEach(h -> history.add(h.asText()));
                List<String> expected = history.stream().flatMap(h -> medicationsOf.get(h).stream()).distinct().toList();
                List<String> medications = new ArrayList<>();
                generated.get("patient").path("medications").forEach(m -> medications.add(m.asText()));
                assertThat(medications).as(generated.get("id").asText()).isEqualTo(expected);
                assertThat(history.size() == 1 || !history.contains("no significant past medical history"))
                        .as(history.toString()).isTrue();
                withMedication += medications.isEmpty() ? 0 : 1;
            }
        }
        assertThat(withMedication).isPositive();
    }

    @Test
    void theDiagnosisPatternsOfARowWithSeveralLabelsAreThoseOfItsFirstLabelInTheKnowledgeOrder() throws IOException {
        Path out = dir.resolve("cases");
        run(out, 1000, 0, 1);
        JsonNode knowledge = DatasetFixtures.knowledge("chestxray14");

        JsonNode generated = JSON(out.resolve("cxr14-00000007_001.json"));
        // Nodule is listed before Effusion
        assertThat(generated.get("groundTruth").get("diagnosis").get("patterns"))
                .isEqualTo(DatasetFixtures.entry(knowledge, "Nodule").get("diagnosis").get("patterns"));
        assertThat(generated.get("groundTruth").get("diagnosis").get("label").asText())
                .isEqualTo(DatasetFixtures.entry(knowledge, "Nodule").get("diagnosis").get("label").asText() + "; "
                        + DatasetFixtures.entry(knowledge, "Effusion").get("diagnosis").get("label").asText());
    }

    @Test
    void priorStudyCasesPairOnlyStudiesOfOnePatientTheEarlierAsPrior() throws IOException {
        Path out = dir.resolve("cases");
        run(out, 0, 10, 1);

        List<JsonNode> cases = DatasetFixtures.cases(out);
        assertThat(cases).extracting(c -> c.get("id").asText())
                .containsExactly("cxr14-prior-00000007_001", "cxr14-prior-00000007_002");
        for (JsonNode generated : cases) {
            JsonNode prior = generated.get("images").get(0);
            JsonNode current = generated.get("images").get(1);
            assertThat(prior.get("role").asText()).isEqualTo("prior");
            assertThat(current.get("role").asText()).isEqualTo("current");
            String priorFile = Path.of(prior.get("uri").asText()).getFileName().toString();
            String currentFile = Path.of(current.get("uri").asText()).getFileName().toString();
            assertThat(patientOf.get(priorFile)).isEqualTo(patientOf.get(currentFile));
            assertThat(followUpOf.get(priorFile)).isEqualTo(followUpOf.get(currentFile) - 1);
            assertThat(generated.get("tags").toString()).contains("prior-study");
        }
    }

    @Test
    void aBoxBecomesARegionOfInterestThatAScriptedTurnZoomsInOn() throws IOException {
        Path out = dir.resolve("cases");
        run(out, 1000, 0, 1);

        JsonNode generated = JSON(out.resolve("cxr14-00000007_002.json"));
        JsonNode roi = generated.get("images").get(0).get("rois").get(0);
        assertThat(roi.get("id").asText()).isEqualTo("region-1");
        // x 256..384, y 512..576 of 1024
        assertThat(roi.get("box").toString()).isEqualTo("[0.25,0.5,0.375,0.5625]");
        JsonNode plan = generated.get("plan");
        assertThat(plan.get("type").asText()).isEqualTo("scripted");
        assertThat(plan.get("turns").get(1).get("zoom").asText()).isEqualTo("region-1");
        assertThat(plan.get("turns").get(1).get("rois").toString()).isEqualTo("[\"region-1\"]");
        // without a box, a patient gets a simulated patient and a clinician a scripted plan
        for (JsonNode other : DatasetFixtures.cases(out)) {
            if (!other.get("images").get(0).has("rois")) {
                assertThat(other.get("plan").get("type").asText()).isEqualTo(
                        other.get("audience").asText().equals("patient") ? "simulated" : "scripted");
            }
        }
        assertThat(DatasetFixtures.cases(out)).extracting(c -> c.get("audience").asText())
                .contains("patient", "clinician");
    }

    @Test
    void aDatasetWhoseLicenceIsNotKnownIsRefusedUnlessTheUserNamesIt() throws IOException {
        Path metadata = Files.writeString(dir.resolve("metadata.csv"),
                "lesion_id,image_id,dx,dx_type,age,sex,localization\nIL_1,ISIC_1,mel,histo,55.0,female,back\n");
        DatasetFixtures.image(dir.resolve("isic/ISIC_1.jpg"), "jpg", 1);
        String[] args = {"--dataset", "isic", "--labels", metadata.toString(), "--images", dir.resolve("isic").toString(),
            "--out", dir.resolve("cases").toString()};

        DatasetFixtures.Run refused = generate(args);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("the licence of isic images is not known").contains("--license");
        assertThat(dir.resolve("cases")).doesNotExist();

        List<String> named = new ArrayList<>(List.of(args));
        named.addAll(List.of("--license", "CC0-1.0"));
        assertThat(generate(named.toArray(String[]::new)).code()).isZero();
        assertThat(JSON(dir.resolve("cases/isic-isic_1.json")).get("images").get(0).get("license").asText())
                .isEqualTo("CC0-1.0");
    }

    private static String currentFile(JsonNode generated) {
        JsonNode images = generated.get("images");
        return Path.of(images.get(images.size() - 1).get("uri").asText()).getFileName().toString();
    }

    private static JsonNode JSON(Path file) throws IOException {
        return DatasetFixtures.JSON.readTree(file.toFile());
    }

    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
