package org.imcbench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.imcbench.config.ConfigSource;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.report.AblationReport;
import org.imcbench.report.CaseReport;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.Reports;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteGatesTest {
    @TempDir
    Path dir;

    private static ImcBenchConfig config(Map<String, String> values) {
        return ImcBenchConfig.of(List.of(ConfigSource.of("test", values)));
    }

    /** Twelve cases: the first six malignant dermoscopy cases, safety and accuracy as given. */
    private static SuiteReport suite(String model, double[] safety, double[] accuracy) {
        List<CaseReport> cases = new ArrayList<>();
        for (int i = 0; i < safety.length; i++) {
            cases.add(Reports.judged("c" + i, i < safety.length / 2, i % 2 == 0 ? "dermoscopy" : "clinical",
                    "answer", safety[i], accuracy[i]));
        }
        return Reports.suite(model, cases);
    }

    private static final double[] SAFETY = {5, 4, 5, 4, 3, 4, 5, 4, 5, 4, 5, 4};
    private static final double[] ACCURACY = {4, 3, 4, 3, 3, 4, 4, 3, 4, 3, 4, 4};

    private static Map<String, Optional<String>> outcomes(List<SuiteGate> gates, SuiteReport report) {
        Map<String, Optional<String>> outcomes = new java.util.LinkedHashMap<>();
        gates.forEach(gate -> outcomes.put(gate.title(), gate.failure(report)));
        return outcomes;
    }

    @Test
    void suiteMeanGatesCompareThePointEstimateOrTheLowerBound() {
        SuiteReport report = suite("m", SAFETY, ACCURACY);
        // safety mean 4.33, its 95% interval's lower bound below 4.2; accuracy mean 3.58; overall 3.96
        List<SuiteGate> gates = SuiteGates.from(config(Map.of(
                "imcbench.gate.suite.safety.min", "4.2",
                "imcbench.gate.suite.accuracy.min", "4.2",
                "imcbench.gate.suite.overall.min", "3.9",
                "imcbench.gate.suite.overall.basis", "lower-bound")), Optional.empty()).gates(report);

        Map<String, Optional<String>> outcomes = outcomes(gates, report);

        assertThat(outcomes).containsOnlyKeys("suite mean safety ≥ 4.2", "suite mean accuracy ≥ 4.2",
                "suite mean overall (95% lower bound) ≥ 3.9");
        assertThat(outcomes.get("suite mean safety ≥ 4.2")).isEmpty();
        assertThat(outcomes.get("suite mean accuracy ≥ 4.2")).hasValueSatisfying(message ->
                assertThat(message).startsWith("suite mean accuracy 3.58 (95% CI ").endsWith("12 cases) < minimum 4.2"));
        assertThat(outcomes.get("suite mean overall (95% lower bound) ≥ 3.9")).hasValueSatisfying(message ->
                assertThat(message).contains("suite mean overall 3.96").contains(": lower bound 3."));
    }

    @Test
    void stratumGatesUseTheStatisticsStrataWithDotsInTheKey() {
        double[] safety = {2, 3, 2, 3, 2, 3, 5, 5, 5, 5, 5, 5};
        SuiteReport report = suite("m", safety, ACCURACY);
        List<SuiteGate> gates = SuiteGates.from(config(Map.of(
                "imcbench.gate.stratum.malignant.safety.min", "3",
                "imcbench.gate.stratum.modality.dermoscopy.accuracy.min", "3.5",
                "imcbench.gate.stratum.modality.clinical.safety.min", "3.5")), Optional.empty()).gates(report);

        Map<String, Optional<String>> outcomes = outcomes(gates, report);

        assertThat(outcomes.get("malignant cases: mean safety ≥ 3"))
                .hasValue("malignant cases: mean safety 2.5 (6 cases) < minimum 3");
        // dermoscopy cases c0, c2, ..., c10: accuracy 4, 4, 3, 4, 4, 4
        assertThat(outcomes.get("modality=dermoscopy cases: mean accuracy ≥ 3.5")).isEmpty();
        // clinical cases c1, c3, c5 (3 each) and c7, c9, c11 (5 each)
        assertThat(outcomes.get("modality=clinical cases: mean safety ≥ 3.5")).isEmpty();
        assertThat(outcomes).hasSize(3);
    }

    @Test
    void anAblationGateFailsWhenTheModelDoesNoBetterWithWhatTheVariantLeavesOut() {
        double[] safetyWithoutImage = SAFETY.clone();
        for (int i = 0; i < safetyWithoutImage.length; i += 3) {
            safetyWithoutImage[i] -= 2;
        }
        SuiteReport full = suite("m", SAFETY, ACCURACY);
        SuiteReport report = withAblation(full, AblationReport.of("no-image", full.cases(),
                suite("m", safetyWithoutImage, ACCURACY).cases()));
        List<SuiteGate> gates = SuiteGates.from(config(Map.of(
                "imcbench.gate.ablation.no-image.safety.min-drop", "0",
                "imcbench.gate.ablation.no-image.accuracy.min-drop", "0",
                "imcbench.gate.ablation.no-ehr.safety.min-drop", "0")), Optional.empty()).gates(report);

        Map<String, Optional<String>> outcomes = outcomes(gates, report);

        assertThat(outcomes).containsOnlyKeys("no-image ablation: safety drop > 0",
                "no-image ablation: accuracy drop > 0");
        assertThat(outcomes.get("no-image ablation: safety drop > 0")).isEmpty();
        assertThat(outcomes.get("no-image ablation: accuracy drop > 0")).hasValue("accuracy drops by 0 in no-image "
                + "vs full (95% CI 0..0, 12 paired cases), not more than 0: the model does no better with what "
                + "no-image leaves out");
        assertThat(new AblationGate("no-image", "safety", 0.7).failure(report)).hasValueSatisfying(message ->
                assertThat(message).startsWith("safety drops by 0.67 in no-image vs full"));
    }

    private static SuiteReport withAblation(SuiteReport report, AblationReport ablation) {
        return new SuiteReport(report.schemaVersion(), report.suite(), report.startedAt(), report.finishedAt(),
                report.simulated(), report.notice(), report.run(), report.summary(), report.cases(),
                report.statistics(), report.baseline(), List.of(ablation));
    }

    @Test
    void aBaselineRegressionFailsOnTheDimensionsThatDroppedAndListsTheCasesDownTwoPoints() {
        SuiteReport baseline = suite("demo:careful", SAFETY, ACCURACY);
        double[] worseSafety = SAFETY.clone();
        for (int i = 0; i < worseSafety.length; i += 2) {
            worseSafety[i] -= i == 0 ? 3 : 1;
        }
        SuiteReport candidate = suite("demo:careless", worseSafety, ACCURACY);
        Path file = new ReportWriter(dir).write(baseline);

        SuiteGates configured = SuiteGates.from(config(Map.of("imcbench.baseline", file.toString())),
                Optional.empty());
        Map<String, Optional<String>> outcomes = outcomes(configured.gates(candidate), candidate);

        assertThat(outcomes).containsOnlyKeys("no regression vs baseline: safety drop ≤ 0.1",
                "no regression vs baseline: accuracy drop ≤ 0.1", "no regression vs baseline: overall drop ≤ 0.1");
        assertThat(outcomes.get("no regression vs baseline: safety drop ≤ 0.1")).hasValueSatisfying(message ->
                assertThat(message).startsWith("safety dropped by 0.67 vs baseline demo:careful (95% CI ")
                        .contains("12 paired cases): more than 0.1 with p = ")
                        .endsWith("; cases down ≥ 2 points: c0 5 → 2"));
        assertThat(outcomes.get("no regression vs baseline: accuracy drop ≤ 0.1")).isEmpty();
        assertThat(outcomes.get("no regression vs baseline: overall drop ≤ 0.1")).isPresent();
        assertThat(configured.withBaseline(candidate).baseline().drops())
                .singleElement().satisfies(drop -> assertThat(drop.caseId()).isEqualTo("c0"));
    }

    @Test
    void aDropWithinTheToleranceOrWithoutConfidencePasses() {
        SuiteReport baseline = suite("m", SAFETY, ACCURACY);
        double[] oneCaseWorse = SAFETY.clone();
        oneCaseWorse[3] -= 2;
        SuiteReport candidate = suite("m", oneCaseWorse, ACCURACY);

        // mean drop 0.17 > 0.1, but one case of twelve: not significant
        assertThat(new BaselineGate(baseline, "safety", 0.1, 0.05).failure(candidate)).isEmpty();
        // a tolerance above the drop passes whatever the p-value
        double[] allWorse = SAFETY.clone();
        for (int i = 0; i < allWorse.length; i++) {
            allWorse[i] -= 0.5;
        }
        SuiteReport shifted = suite("m", allWorse, ACCURACY);
        assertThat(new BaselineGate(baseline, "safety", 0.5, 0.05).failure(shifted)).isEmpty();
        assertThat(new BaselineGate(baseline, "safety", 0.4, 0.05).failure(shifted)).isPresent();
    }

    @Test
    void identicalRerunsWithAFewCasesOffByOneDoNotTripTheBaselineGate() {
        // 20 cases, the rerun's judge scoring 3 random cases one point up or down: when all three go
        // down (one run in eight) the mean drop is 0.15 > 0.1, which a gate without the p-value would fail
        SplittableRandom random = new SplittableRandom(11);
        double[] safety = truth(20, random);
        double[] accuracy = truth(20, random);
        SuiteReport baseline = suite("m", safety, accuracy);
        int tripped = 0;
        int allDown = 0;
        for (int run = 0; run < 200; run++) {
            double[] rerun = safety.clone();
            int down = 0;
            for (int index : random.ints(0, rerun.length).distinct().limit(3).toArray()) {
                boolean up = random.nextBoolean();
                rerun[index] += up ? 1 : -1;
                down += up ? 0 : 1;
            }
            allDown += down == 3 ? 1 : 0;
            SuiteReport candidate = suite("m", rerun, accuracy);
            for (String dimension : List.of("safety", "overall")) {
                tripped += new BaselineGate(baseline, dimension, 0.1, 0.05).failure(candidate).isPresent() ? 1 : 0;
            }
        }
        assertThat(allDown).as("reruns with all three noisy cases down").isPositive();
        assertThat(tripped).isZero();
    }

    @Test
    void noisyJudgesOnBothRunsTripTheBaselineGateFarLessOftenThanAlpha() {
        SplittableRandom random = new SplittableRandom(7);
        double[] safety = truth(30, random);
        double[] accuracy = truth(30, random);
        int tripped = 0;
        int checks = 0;
        for (int run = 0; run < 200; run++) {
            SuiteReport baseline = suite("m", noisy(safety, random), noisy(accuracy, random));
            SuiteReport rerun = suite("m", noisy(safety, random), noisy(accuracy, random));
            for (String dimension : List.of("safety", "accuracy", "overall")) {
                checks++;
                tripped += new BaselineGate(baseline, dimension, 0.1, 0.05).failure(rerun).isPresent() ? 1 : 0;
            }
        }
        assertThat((double) tripped / checks).as("false alarms per check").isLessThan(0.01);
    }

    private static double[] truth(int cases, SplittableRandom random) {
        double[] scores = new double[cases];
        for (int i = 0; i < cases; i++) {
            scores[i] = 2 + random.nextInt(3);
        }
        return scores;
    }

    /** The scores with judge noise: about one case in six scored one point up or down. */
    private static double[] noisy(double[] scores, SplittableRandom random) {
        double[] noisy = scores.clone();
        for (int i = 0; i < noisy.length; i++) {
            if (random.nextInt(6) == 0) {
                noisy[i] += random.nextBoolean() ? 1 : -1;
            }
        }
        return noisy;
    }
}
