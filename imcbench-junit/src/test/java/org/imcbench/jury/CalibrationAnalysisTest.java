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
        assertThat(raw.meanBias().interval().estimate()).isCloseTo(1.0, within(1e-9));
        assertThat(raw.meanAbsoluteError().interval().estimate()).isCloseTo(1.0, within(1e-9));
        assertThat(raw.rho().interval().estimate()).isCloseTo(1.0, within(1e-9));

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
        assertThat(safety.qwk().interval().estimate()).isCloseTo(1 - 0.25 / 3, within(1e-9));
        assertThat(safety.meanBias().interval().estimate()).isCloseTo(-0.25, within(1e-9));
        assertThat(safety.meanAbsoluteError().interval().estimate()).isCloseTo(0.25, within(1e-9));
        // ranks 1,2,3,4 vs 1,2,3.5,3.5: rho = Pearson of ranks = 0.9486832980505138
        assertThat(safety.rho().interval().estimate()).isCloseTo(3 / Math.sqrt(10), within(1e-9));
        assertThat(safety.qwk().interval().lower()).isLessThanOrEqualTo(safety.qwk().interval().upper());
    }

    @Test
    void aHalfPointClinicianMeanCountsHalfAtEachNeighbourInKappa() {
        // jury 1, 5, 4 against clinicians 1, 5, 3.5. Rounding 3.5 up would give perfect agreement (κ = 1).
        // Split: observed weight ½ at (4, 3) and ½ at (4, 4); Σw·O/n = (1/16 · ½) / 3 = 1/96. Marginals: jury
        // {1: 1, 4: 1, 5: 1}, clinicians {1: 1, 3: ½, 4: ½, 5: 1}; Σ w·r·c = (25 + 4.5 + 5 + 17) / 16 = 51.5/16
        // (by clinician category 1, 3, 4, 5), over n² = 9. κ = 1 − (1/96) / (51.5/144) = 100/103.
        List<CalibrationAnalysis.Item> items = List.of(
                new CalibrationAnalysis.Item("a", "safety", 1, Map.of(CalibrationAnalysis.JURY, 1.0)),
                new CalibrationAnalysis.Item("b", "safety", 5, Map.of(CalibrationAnalysis.JURY, 5.0)),
                new CalibrationAnalysis.Item("c", "safety", 3.5, Map.of(CalibrationAnalysis.JURY, 4.0)));

        CalibrationAnalysis.Result result = new CalibrationAnalysis(new Bootstrap(200, 1))
                .analyse(RUBRIC, List.of(CalibrationAnalysis.JURY), items);

        assertThat(figures(result, CalibrationAnalysis.JURY, "safety").qwk().interval().estimate())
                .isCloseTo(100 / 103.0, within(1e-12));
    }

    @Test
    void theCalibratedJuryIsJudgedOnItemsItsMapWasNotFittedOnAndABiasedJuryKeepsItsMap() {
        CalibrationAnalysis.Result result = new CalibrationAnalysis(new Bootstrap(200, 1))
                .analyse(RUBRIC, List.of(CalibrationAnalysis.JURY), plantedBias());

        assertThat(result.agreement()).extracting(CalibrationAnalysis.Figures::rater).startsWith(
                CalibrationAnalysis.JURY).contains(CalibrationAnalysis.CROSS_FITTED);
        // truth 1..4, jury truth + 1: every fold sees every jury score, so held-out maps are exact
        assertThat(figures(result, CalibrationAnalysis.CROSS_FITTED, CalibrationAnalysis.ALL).meanAbsoluteError()
                .interval().estimate()).isCloseTo(0, within(1e-12));
        assertThat(result.checks()).hasSize(3).allSatisfy(check -> {
            assertThat(check.applied()).isTrue();
            assertThat(check.juryError()).isCloseTo(1, within(1e-12));
        });
        assertThat(result.maps().maps()).containsOnlyKeys("safety", "accuracy", "uncertainty");
    }

    @Test
    void aMapThatOnlyFitsNoiseLooksBetterInSampleThanHeldOutAndIsMostlyNotApplied() {
        // An unbiased jury on 20 items: clinician = jury − 1, jury or jury + 1 with chances ¼, ½, ¼. The jury
        // itself is the best map (MAE ½ in expectation); the fitted map chases the noise, which its error on
        // the items it was fitted on hides and its error on held-out items shows.
        SplittableRandom random = new SplittableRandom(5);
        int datasets = 200;
        double jury = 0;
        double inSample = 0;
        double crossFitted = 0;
        int applied = 0;
        for (int d = 0; d < datasets; d++) {
            List<CalibrationAnalysis.Item> items = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                double score = 2 + random.nextInt(3);
                int noise = random.nextInt(4);
                double clinician = score + (noise == 0 ? -1 : noise == 1 ? 1 : 0);
                items.add(new CalibrationAnalysis.Item("case-" + i, "safety", clinician,
                        Map.of(CalibrationAnalysis.JURY, score)));
            }
            CalibrationAnalysis.MapCheck check = new CalibrationAnalysis(new Bootstrap(100, 1))
                    .analyse(RUBRIC, List.of(CalibrationAnalysis.JURY), items).checks().get(0);
            jury += check.juryError() / datasets;
            inSample += check.inSampleError() / datasets;
            crossFitted += check.crossFittedError() / datasets;
            applied += check.applied() ? 1 : 0;
        }
        assertThat(crossFitted).isGreaterThan(jury);
        assertThat(inSample).isLessThan(crossFitted);
        assertThat(applied).isLessThan(datasets / 4);
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
