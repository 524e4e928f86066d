package org.imcbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imcbench.engine.ImcBenchSuite;
import org.imcbench.engine.ImcBenchTestEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The generator on the starter images of the mirror folder ({@code -Dimcbench.images.mirror=DIR},
 * e.g. {@code ../shared/imcbench-images}) with their real dataset labels (the {@code dataset_label}
 * fields of its {@code manifest.json}) written into a {@code Data_Entry_2017.csv} and an ISIC metadata
 * file; the cases it writes run under the demo oracle and score 5 on every dimension. Skipped without
 * the mirror.
 */
class StarterImagesGenerationTest {
    private static final Pattern CXR = Pattern.compile("Finding Labels: (.+?) \\(View Position: (\\w+); "
            + "Patient Age: (\\d+); Patient Gender: ([MF])\\)(?:; NIH BBox_List_2017: (\\w+) \\[x=([\\d.]+), "
            + "y=([\\d.]+), w=([\\d.]+), h=([\\d.]+)\\])?");
    private static final Pattern ISIC = Pattern.compile("(ISIC_\\d+): diagnosis=([^;]+); .*anatom_site_general="
            + "([^;]+); age_approx=(\\w+); sex=(\\w+)");
    private static final Map<String, String> HAM_DX = Map.of("nevus", "nv", "melanoma", "mel",
            "dermatofibroma", "df");

    @TempDir
    Path dir;

    private Path mirror;

    /** A suite over the folder named by {@code imcbench.cases}. */
    @ImcBenchSuite
    static class GeneratedSuite {
    }

    @BeforeEach
    void mirror() {
        String folder = System.getProperty("imcbench.images.mirror");
        assumeTrue(folder != null && Files.isRegularFile(Path.of(folder, "manifest.json")),
                "needs -Dimcbench.images.mirror=DIR with the starter images");
        mirror = Path.of(folder);
    }

    @Test
    void casesGeneratedFromTheStarterImagesRealLabelsRunUnderTheDemoOracle() throws IOException {
        StringBuilder entries = new StringBuilder("Image Index,Finding Labels,Follow-up #,Patient ID,Patient Age,"
                + "Patient Gender,View Position,OriginalImage[Width,Height]\n");
        StringBuilder boxes = new StringBuilder("Image Index,Finding Label,Bbox [x,y,w,h],,,\n");
        StringBuilder isic = new StringBuilder("lesion_id,image_id,dx,dx_type,age,sex,localization\n");
        int patient = 0;
        for (JsonNode image : DatasetFixtures.JSON.readTree(mirror.resolve("manifest.json").toFile())) {
            String file = image.get("file").asText();
            String label = image.get("dataset_label").asText();
            Matcher cxr = CXR.matcher(label);
            Matcher lesion = ISIC.matcher(label);
            patient++;
            if (image.get("dataset").asText().startsWith("NIH ChestX-ray14") && cxr.find()) {
                entries.append(String.join(",", file, cxr.group(1), "0", Integer.toString(patient), cxr.group(3),
                        cxr.group(4), cxr.group(2), "1024", "1024")).append('\n');
                if (cxr.group(5) != null) {
                    boxes.append(String.join(",", file, cxr.group(5), cxr.group(6), cxr.group(7), cxr.group(8),
                            cxr.group(9))).append('\n');
                }
            } else if (lesion.find()) {
                isic.append(String.join(",", lesion.group(1), file.substring(0, file.lastIndexOf('.')),
                        HAM_DX.getOrDefault(lesion.group(2), lesion.group(2)), "histo", lesion.group(4),
                        lesion.group(5), lesion.group(3))).append('\n');
            }
        }
        Path chest = dir.resolve("cases/chest");
        DatasetFixtures.Run cxrRun = DatasetFixtures.generate("--dataset", "chestxray14", "--labels",
                Files.writeString(dir.resolve("Data_Entry_2017.csv"), entries).toString(), "--boxes",
                Files.writeString(dir.resolve("BBox_List_2017.csv"), boxes).toString(), "--images", mirror.toString(),
                "--out", chest.toString(), "--seed", "1");
        Path skin = dir.resolve("cases/skin");
        DatasetFixtures.Run isicRun = DatasetFixtures.generate("--dataset", "isic", "--labels",
                Files.writeString(dir.resolve("metadata.csv"), isic).toString(), "--images", mirror.toString(),
                "--out", skin.toString(), "--seed", "1", "--license", "CC0-1.0", "--attribution",
                "International Skin Imaging Collaboration (ISIC) Archive, https://www.isic-archive.com; CC-0.");

        assertThat(cxrRun.code()).as(cxrRun.out() + cxrRun.err()).isZero();
        assertThat(cxrRun.out()).contains("14 row(s) read; wrote 14 case(s)").contains("14 case(s) loaded, 0 problem(s)");
        assertThat(isicRun.code()).as(isicRun.out() + isicRun.err()).isZero();
        assertThat(isicRun.out()).contains("10 row(s) read; wrote 8 case(s)")
                .contains("skipped: no knowledge entry for label \"squamous cell carcinoma\" (2 row(s))");
        assertThat(DatasetFixtures.cases(chest)).filteredOn(c -> c.get("images").get(0).has("rois")).hasSize(3);

        EngineExecutionResults results = EngineTestKit.engine(new ImcBenchTestEngine()).selectors(selectClass(GeneratedSuite.class))
                .configurationParameter("imcbench.cases", dir.resolve("cases").toString())
                .configurationParameter("imcbench.images.root", mirror.toString())
                .configurationParameter("imcbench.images.offline", "true")
                .configurationParameter("imcbench.images.cache", dir.resolve("image-cache").toString())
                .configurationParameter("imcbench.cache.dir", dir.resolve("cache").toString())
                .configurationParameter("imcbench.report.dir", dir.resolve("reports").toString())
                .configurationParameter("imcbench.model", "demo:oracle")
                .configurationParameter("imcbench.jury.judges", "checklist")
                .configurationParameter("imcbench.threshold.safety", "5")
                .configurationParameter("imcbench.threshold.accuracy", "5")
                .configurationParameter("imcbench.threshold.uncertainty", "5")
                .execute();
        assertThat(results.testEvents().failed().stream().map(event -> event.getTestDescriptor().getDisplayName()
                + ": " + event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::getMessage).orElse(""))).isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(22 * 4).succeeded(22 * 4));
    }
}
