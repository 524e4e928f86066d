package org.imcbench.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.imcbench.stats.Bootstrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationAnalysisTest {
    private static final Rubric RUBRIC = Rubrics.imcbench();

    /** Clinician truth 1..4 on every dimension; the judge scores truth + 1 (a planted bias). */
    private static List<CalibrationAnalysis.Item> plantedBias() {
        SplittableRandom random = new SplittableRandom(7);
        List<CalibrationAnalysis.Item> items = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            for (Dimension dimension : RUBRIC.dimensions()) {
                int truth = 1 + random.nextInt(4);
                items.add(new CalibrationAnalysis.Item("case-" + i, dimension.key(), truth,
                        Map.of(CalibrationAnalysis.JURY, truth + 1.0, "biased-judge", truth + 1.0)));
            }
        }
        return items;
    }

    @Test
    void theCalibrationMapRecoversAPlantedBiasOfPlusOne() {
        List<CalibrationAnalysis.Item> items = plantedBias();
        CalibrationAnalysis.Result result = new CalibrationAnalysis(new Bootstrap(500, 1))
                .analyse(RUBRIC, List.of(CalibrationAnalysis.JURY, "biased-judge"), items);

        CalibrationAnalysis.Figures raw = figures(result, "biased-judge", CalibrationAnalysis.ALL);
        assertThat(raw.meanBias().estimate()).isCloseTo(1.0, within(1e-9));
        assertThat(raw.meanAbsoluteError().estimate()).isCloseTo(1.0, within(1e-9));
        assertThat(raw.rho().estimate()).isCloseTo(1.0, within(1e-9));

        double error = 0;
        for (CalibrationAnalysis.Item item : items) {
            error += Math.abs(result.maps().apply(item.dimension(), item.raters().get(CalibrationAnalysis.JURY))
                    .getAsDouble() - item.clinician());
        }
        assertThat(error / items.size()).isLessThanOrEqualTo(0.2);
    }

    @Test
    void kappaMatchesAHandComputedExample() {
        // jury 1, 2, 3, 4 against clinicians 1, 2, 4, 4, computed by hand below.
        List<CalibrationAnalysis.Item> items = List.of(
                item("a", 1, 1), item("b", 2, 2), item("c", 3, 4), item("d", 4, 4));
        CalibrationAnalysis.Result result = new CalibrationAnalysis(new Bootstrap(200, 1))
                .analyse(RUBRIC, List.of(CalibrationAnalysis.JURY), items);
        CalibrationAnalysis.Figures safety = figures(result, CalibrationAnalysis.JURY, "safety");
        // observed mean squared difference 1/4; expected: mean over all rater×clinician pairs of (i-j)²
        // = (0+1+9+9 + 1+0+4+4 + 4+1+1+1 + 9+4+0+0)/16 = 48/16 = 3; κ = 1 - 0.25/3
        assertThat(safety.qwk().estimate()).isCloseTo(1 - 0.25 / 3, within(1e-9));
        assertThat(safety.meanBias().estimate()).isCloseTo(-0.25, within(1e-9));
        assertThat(safety.meanAbsoluteError().estimate()).isCloseTo(0.25, within(1e-9));
        // ranks 1,2,3,4 vs 1,2,3.5,3.5: rho = Pearson of ranks = 0.9486832980505138
        assertThat(safety.rho().estimate()).isCloseTo(3 / Math.sqrt(10), within(1e-9));
        assertThat(safety.qwk().lower()).isLessThanOrEqualTo(safety.qwk().upper());
    }

    @Test
    void mapsRoundTripThroughTheirJsonFile(@TempDir Path dir) {
        CalibrationMaps maps = new CalibrationAnalysis(new Bootstrap(100, 1))
                .analyse(RUBRIC, List.of(CalibrationAnalysis.JURY), plantedBias()).maps();
        Path file = dir.resolve("calibration.json");
        maps.write(file);

        assertThat(CalibrationMaps.read(file)).isEqualTo(maps);
        assertThat(maps.apply("safety", 5.0)).hasValue(4.0);
        assertThat(maps.apply("fluency", 3.0)).isEmpty();
    }

    @Test
    void readsCsvAndJsonAnnotationsWithFullAsTheDefaultVariant(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), "# synthetic\ncase,dimension,rater,score\nx-1,safety,r1,4\n");
        Path json = Files.writeString(dir.resolve("a.json"),
                "{\"_note\": \"synthetic\", \"annotations\": [{\"case\": \"x-1\", \"variant\": \"text-only\", "
                        + "\"dimension\": \"accuracy\", \"rater\": \"r2\", \"score\": 2}]}");

        assertThat(AnnotationFile.read(csv)).containsExactly(new ClinicianAnnotation("x-1", "full", "safety", "r1", 4));
        assertThat(AnnotationFile.read(json))
                .containsExactly(new ClinicianAnnotation("x-1", "text-only", "accuracy", "r2", 2));
    }

    private static CalibrationAnalysis.Item item(String id, int jury, int clinician) {
        return new CalibrationAnalysis.Item(id, "safety", clinician, Map.of(CalibrationAnalysis.JURY, (double) jury));
    }

    private static CalibrationAnalysis.Figures figures(CalibrationAnalysis.Result result, String rater, String dim) {
        return result.agreement().stream()
                .filter(row -> row.rater().equals(rater) && row.dimension().equals(dim))
                .findFirst().orElseThrow();
    }
}
