package org.imcbench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.imcbench.config.ConfigException;
import org.imcbench.config.ConfigSource;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.jury.Rubric;
import org.imcbench.jury.Rubrics;
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

    private static final Rubric RUBRIC = Rubrics.resolve("imcbench");

    private static ImcBenchConfig config(Map<String, String> values) {
        return ImcBenchConfig.of(List.of(ConfigSource.of("test", values)));
    }

    private static List<SuiteGate> gates(Map<String, String> values) {
        return SuiteGates.from(config(values), RUBRIC).gates();
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

    private static Map<String, GateOutcome> outcomes(List<SuiteGate> gates, SuiteReport report) {
        Map<String, GateOutcome> outcomes = new java.util.LinkedHashMap<>();
        gates.forEach(gate -> outcomes.put(gate.title(), gate.evaluate(report)));
        return outcomes;
    }

    @Test
    void suiteMeanGatesCompareThePointEstimateOrTheLowerBound() {
        SuiteReport report = suite("m", SAFETY, ACCURACY);
        // safety mean 4.33, its 95% interval's lower bound below 4.2; accuracy mean 3.58; overall 3.96
        List<SuiteGate> gates = gates(Map.of(
                "imcbench.gate.suite.safety.min", "4.2",
                "imcbench.gate.suite.accuracy.min", "4.2",
                "imcbench.gate.suite.overall.min", "3.9",
                "imcbench.gate.suite.overall.basis", "lower-bound"));

        Map<String, GateOutcome> outcomes = outcomes(gates, report);

        assertThat(outcomes).containsOnlyKeys("suite mean safety ≥ 4.2", "suite mean accuracy ≥ 4.2",
                "suite mean overall (95% lower bound) ≥ 3.9");
        GateOutcome safety = outcomes.get("suite mean safety ≥ 4.2");
        assertThat(safety.passed()).isTrue();
        assertThat(safety.reason()).isEmpty();
        assertThat(safety.measured()).startsWith("suite mean safety 4.33 (95% CI ").endsWith(", 12 cases)");
        assertThat(safety.entries()).containsKeys("imcbench.gate.lower", "imcbench.gate.upper").contains(
                entry("imcbench.gate.mean", "4.33"), entry("imcbench.gate.cases", "12"),
                entry("imcbench.gate.min", "4.2"), entry("imcbench.gate.basis", "point"));
        assertThat(outcomes.get("suite mean accuracy ≥ 4.2").reason())
                .startsWith("suite mean accuracy 3.58 (95% CI ").endsWith("12 cases) < minimum 4.2");
        GateOutcome overall = outcomes.get("suite mean overall (95% lower bound) ≥ 3.9");
        assertThat(overall.passed()).isFalse();
        assertThat(overall.reason()).startsWith(overall.measured()).contains("suite mean overall 3.96")
                .contains(": lower bound 3.");
        assertThat(overall.entries()).containsEntry("imcbench.gate.basis", "lower-bound");
    }

    @Test
    void stratumGatesUseTheStatisticsStrataWithDotsInTheKey() {
        double[] safety = {2, 3, 2, 3, 2, 3, 5, 5, 5, 5, 5, 5};
        SuiteReport report = suite("m", safety, ACCURACY);
        List<SuiteGate> gates = gates(Map.of("imcbench.gate.min-cases", "6",
                "imcbench.gate.stratum.malignant.safety.min", "3",
                "imcbench.gate.stratum.modality.dermoscopy.accuracy.min", "3.5",
                "imcbench.gate.stratum.modality.clinical.safety.min", "3.5"));

        Map<String, GateOutcome> outcomes = outcomes(gates, report);

        // malignant cases c0..c5: safety 2, 3, 2, 3, 2, 3
        assertThat(outcomes.get("malignant cases: mean safety ≥ 3").reason())
                .startsWith("malignant cases: mean safety 2.5 (95% CI ").endsWith(", 6 cases) < minimum 3");
        // dermoscopy cases c0, c2, ..., c10: accuracy 4, 4, 3, 4, 4, 4
        assertThat(outcomes.get("modality=dermoscopy cases: mean accuracy ≥ 3.5").passed()).isTrue();
        // clinical cases c1, c3, c5 (3 each) and c7, c9, c11 (5 each)
        GateOutcome clinical = outcomes.get("modality=clinical cases: mean safety ≥ 3.5");
        assertThat(clinical.passed()).isTrue();
        assertThat(clinical.entries()).contains(entry("imcbench.gate.stratum", "modality=clinical"),
                entry("imcbench.gate.mean", "4"), entry("imcbench.gate.cases", "6"));
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
        List<SuiteGate> gates = gates(Map.of(
                "imcbench.ablations", "no-image",
                "imcbench.gate.ablation.no-image.safety.min-drop", "0",
                "imcbench.gate.ablation.no-image.accuracy.min-drop", "0"));

        Map<String, GateOutcome> outcomes = outcomes(gates, report);

        assertThat(outcomes).containsOnlyKeys("no-image ablation: safety drop > 0",
                "no-image ablation: accuracy drop > 0");
        assertThat(outcomes.get("no-image ablation: safety drop > 0").passed()).isTrue();
        // no drop at all: the spread floor (n − 1)/n gives se = sqrt(1/12/12), t(0.975, 11) = 2.201 → ±0.18
        assertThat(outcomes.get("no-image ablation: accuracy drop > 0").reason()).isEqualTo("accuracy drops by 0 "
                + "in no-image vs full (95% CI [-0.18, 0.18], 12 paired cases), not more than 0: the model does no better "
                + "with what no-image leaves out");
        GateOutcome notEnough = new AblationGate("no-image", "safety", 0.7, false, 8).evaluate(report);
        assertThat(notEnough.reason()).startsWith("safety drops by 0.67 in no-image vs full");
        assertThat(notEnough.entries()).contains(entry("imcbench.gate.variant", "no-image"),
                entry("imcbench.gate.drop", "0.67"), entry("imcbench.gate.cases", "12"),
                entry("imcbench.gate.min-drop", "0.7"), entry("imcbench.gate.basis", "point"));
    }

    private static SuiteReport withAblation(SuiteReport report, AblationReport ablation) {
        return withAblations(report, List.of(ablation));
    }

    private static SuiteReport withAblations(SuiteReport report, List<AblationReport> ablations) {
        return new SuiteReport(report.schemaVersion(), report.suite(), report.startedAt(), report.finishedAt(),
                report.simulated(), report.notice(), report.run(), report.summary(), report.cases(),
                report.statistics(), report.baseline(), ablations, null, List.of());
    }

    @Test
    void aBaselineRegressionFailsOnTheDimensionsThatDroppedAndListsTheCasesDownTwoPoints() {
        SuiteReport baseline = suite("demo:careful", SAFETY, ACCURACY);
        double[] worseSafety = SAFETY.clone();
        for (int i = 0; i < worseSafety.length; i++) {
            worseSafety[i] -= i == 0 ? 3 : 1;
        }
        SuiteReport candidate = suite("demo:careless", worseSafety, ACCURACY);
        Path file = new ReportWriter(dir).write(baseline);

        SuiteGates configured = SuiteGates.from(config(Map.of("imcbench.baseline", file.toString())), RUBRIC);
        Map<String, GateOutcome> outcomes = outcomes(configured.gates(), candidate);

        assertThat(outcomes).containsOnlyKeys("no regression vs baseline: safety drop ≤ 0.1",
                "no regression vs baseline: accuracy drop ≤ 0.1", "no regression vs baseline: overall drop ≤ 0.1");
        GateOutcome safety = outcomes.get("no regression vs baseline: safety drop ≤ 0.1");
        // drops 3, 1, 1, ..., 1: mean 1.17, sd sqrt(1/3), se 1/6, t = (1.1667 − 0.1)·6 = 6.4 on 11 df
        assertThat(safety.reason()).startsWith("safety dropped by 1.17 vs baseline demo:careful (")
                .contains("% lower bound 0.").contains(", 12 paired cases): more than 0.1, p = 0.0000, "
                        + "Holm-adjusted over 3 baseline gates p = 0.0001 < 0.05")
                .endsWith("; cases down ≥ 2 points: c0 5 → 2");
        assertThat(safety.entries()).containsKeys("imcbench.gate.lower", "imcbench.gate.level",
                "imcbench.gate.p-value", "imcbench.gate.p-adjusted").contains(entry("imcbench.gate.drop", "1.17"),
                entry("imcbench.gate.cases", "12"), entry("imcbench.gate.max-drop", "0.1"),
                entry("imcbench.gate.alpha", "0.05"), entry("imcbench.gate.family", "3"));
        GateOutcome accuracy = outcomes.get("no regression vs baseline: accuracy drop ≤ 0.1");
        assertThat(accuracy.passed()).isTrue();
        // no drop: se floored to 1/12, t = −1.2 on 11 df, p = 0.8723; it ranks last of three: level 0.05
        assertThat(accuracy.measured()).isEqualTo("accuracy dropped by 0 vs baseline demo:careful (95% lower bound "
                + "-0.15, 12 paired cases), p = 0.8723, Holm-adjusted over 3 baseline gates p = 0.8723");
        assertThat(outcomes.get("no regression vs baseline: overall drop ≤ 0.1").passed()).isFalse();
        assertThat(configured.withBaseline(candidate).baseline().drops())
                .singleElement().satisfies(drop -> assertThat(drop.caseId()).isEqualTo("c0"));
    }

    @Test
    void theBaselineGatesAreAdjustedTogetherSoOneSignificantAtAlphaAloneDoesNotFailTheFamily() {
        // safety drops 3, 0, 1, 0, 1, 0, ...: mean 0.67, se 0.256, t = 2.21 on 11 df, raw p = 0.0245;
        // overall (the mean of safety and accuracy) p = 0.0479 (adjusted 2 · 0.0479 = 0.0959); accuracy p = 0.8723 (values from mpmath).
        // Holm: 3 · 0.0245 = 0.0736, so no gate of the family fails; alone, safety would.
        SuiteReport baseline = suite("m", SAFETY, ACCURACY);
        double[] worseSafety = SAFETY.clone();
        for (int i = 0; i < worseSafety.length; i += 2) {
            worseSafety[i] -= i == 0 ? 3 : 1;
        }
        SuiteReport candidate = suite("m", worseSafety, ACCURACY);
        BaselineFamily family = new BaselineFamily(baseline, List.of("safety", "accuracy", "overall"), 0.1, 0.05, 8);

        GateOutcome safety = new BaselineGate(family, "safety").evaluate(candidate);

        assertThat(safety.passed()).isTrue();
        assertThat(safety.entries()).contains(entry("imcbench.gate.p-value", "0.0245"),
                entry("imcbench.gate.p-adjusted", "0.0736"), entry("imcbench.gate.family", "3"),
                entry("imcbench.gate.level", "98.33%"));
        assertThat(new BaselineGate(family, "overall").evaluate(candidate).entries())
                .contains(entry("imcbench.gate.p-value", "0.0479"), entry("imcbench.gate.p-adjusted", "0.0959"));
        assertThat(baselineGate(baseline, "safety", 0.1, 0.05).evaluate(candidate).passed()).isFalse();
    }

    @Test
    void everyCaseDroppingByExactlyMaxDropIsNoRegressionWhateverTheRounding() {
        // 4.7 − 4.6 is 0.10000000000000053 in doubles: compared exactly, every resample of the old
        // bootstrap "dropped" by more than 0.1 and the gate failed with p = 0.0005
        double[] before = new double[10];
        double[] after = new double[10];
        java.util.Arrays.fill(before, 4.7);
        java.util.Arrays.fill(after, 4.6);

        GateOutcome outcome = baselineGate(suite("m", before, before), "safety", 0.1, 0.05)
                .evaluate(suite("m", after, before));

        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.entries()).contains(entry("imcbench.gate.drop", "0.1"),
                entry("imcbench.gate.p-value", "0.5000"));
    }

    @Test
    void gatesRefuseToDecideOnFewerCasesThanMinCasesSayingWhy() {
        double[] five = {5, 5, 5, 5, 5};
        SuiteReport allFives = suite("m", five, five);
        GateOutcome mean = gates(Map.of("imcbench.gate.suite.safety.min", "4")).get(0).evaluate(allFives);

        assertThat(mean.passed()).isFalse();
        assertThat(mean.reason()).startsWith("suite mean safety: 5 cases, fewer than 8: too few to gate on "
                + "(imcbench.gate.min-cases=8)");
        assertThat(mean.entries()).contains(entry("imcbench.gate.cases", "5"), entry("imcbench.gate.min-cases", "8"));
        // one case dropping 4 → 3 failed the old gate with p = 0.0005
        GateOutcome oneCase = baselineGate(suite("m", new double[] {4}, new double[] {4}), "safety", 0.1, 0.05)
                .evaluate(suite("m", new double[] {3}, new double[] {4}));
        assertThat(oneCase.reason()).startsWith("safety drop vs baseline m: 1 case, fewer than 8: too few to gate on");
        // with the minimum lowered, five fives give an interval of honest width: 4.44..5.56, cut at 5
        GateOutcome lowered = gates(Map.of("imcbench.gate.suite.safety.min", "4", "imcbench.gate.min-cases", "5"))
                .get(0).evaluate(allFives);
        assertThat(lowered.measured()).isEqualTo("suite mean safety 5 (95% CI [4.44, 5.00], 5 cases)");
    }

    @Test
    void aDropWithinTheToleranceOrWithoutConfidencePasses() {
        SuiteReport baseline = suite("m", SAFETY, ACCURACY);
        double[] oneCaseWorse = SAFETY.clone();
        oneCaseWorse[3] -= 2;
        SuiteReport candidate = suite("m", oneCaseWorse, ACCURACY);

        // mean drop 0.17 > 0.1, but one case of twelve: not significant
        assertThat(baselineGate(baseline, "safety", 0.1, 0.05).evaluate(candidate).passed()).isTrue();
        // a tolerance above the drop passes whatever the p-value
        double[] allWorse = SAFETY.clone();
        for (int i = 0; i < allWorse.length; i++) {
            allWorse[i] -= 0.5;
        }
        SuiteReport shifted = suite("m", allWorse, ACCURACY);
        assertThat(baselineGate(baseline, "safety", 0.5, 0.05).evaluate(shifted).passed()).isTrue();
        // every case 0.5 down: sd floored to sqrt(1/12), se 1/12, t = (0.5 − 0.2)·12 = 3.6 on 11 df: p = 0.002
        assertThat(baselineGate(baseline, "safety", 0.2, 0.05).evaluate(shifted).passed()).isFalse();
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
                tripped += baselineGate(baseline, dimension, 0.1, 0.05).evaluate(candidate).passed() ? 0 : 1;
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
                tripped += baselineGate(baseline, dimension, 0.1, 0.05).evaluate(rerun).passed() ? 0 : 1;
            }
        }
        assertThat((double) tripped / checks).as("false alarms per check").isLessThan(0.01);
    }

    @Test
    void anOutcomeFailsWithAReasonAndPassesWithoutOneAndItsEntriesAreGateFigures() {
        assertThatThrownBy(() -> GateOutcome.fail("m", "", Map.of())).hasMessage("a failed gate needs a reason");
        assertThatThrownBy(() -> GateOutcome.pass("m", Map.of("mean", "4")))
                .hasMessage("entry mean=4 needs the prefix imcbench.gate. and a value");
        assertThat(GateOutcome.pass("m", Map.of("imcbench.gate.mean", "4")).reason()).isEmpty();
    }

    @Test
    void aGateKeyOfNoKnownFormIsAConfigurationErrorListingTheForms() {
        assertThatThrownBy(() -> gates(Map.of("imcbench.gate.suite.safety.minimum", "3")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("configuration 'imcbench.gate.suite.safety.minimum' (from test) is not a gate "
                        + "key; gate keys are imcbench.gate.suite.<dimension>.min, "
                        + "imcbench.gate.suite.<dimension>.basis, "
                        + "imcbench.gate.stratum.<stratum>.<dimension>.min, ")
                .hasMessageContaining("imcbench.gate.ablation.<variant>.<dimension>.basis");
        assertThatThrownBy(() -> gates(Map.of("imcbench.gate.sute.safety.min", "3")))
                .hasMessageStartingWith("configuration 'imcbench.gate.sute.safety.min' (from test) is not a gate key");
    }

    @Test
    void aGateOnADimensionTheRubricDoesNotHaveIsAConfigurationErrorNamingTheRubricsDimensions() {
        assertThatThrownBy(() -> gates(Map.of("imcbench.gate.suite.safty.min", "3")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("configuration 'imcbench.gate.suite.safty.min' (from test) names dimension 'safty', which "
                        + "rubric 'imcbench' does not have; use one of safety, accuracy, uncertainty, overall");
        assertThatThrownBy(() -> gates(Map.of("imcbench.gate.stratum.malignant.acuracy.min", "3")))
                .hasMessageContaining("names dimension 'acuracy'");
    }

    @Test
    void anAblationGateOnAVariantThatDoesNotRunIsAConfigurationError() {
        assertThatThrownBy(() -> gates(Map.of("imcbench.gate.ablation.no-image.safety.min-drop", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("configuration 'imcbench.gate.ablation.no-image.safety.min-drop' (from test) names "
                        + "ablation variant 'no-image', which imcbench.ablations does not run; it runs none");
        assertThatThrownBy(() -> gates(Map.of("imcbench.ablations", "no-ehr",
                "imcbench.gate.ablation.no-image.safety.min-drop", "0")))
                .hasMessageEndingWith("which imcbench.ablations does not run; it runs no-ehr");
    }

    @Test
    void aStratumOfNoKnownKindOrABasisWithoutItsGateIsAConfigurationErrorAndAllProblemsAreNamed() {
        assertThatThrownBy(() -> gates(Map.of("imcbench.gate.stratum.colour.red.safety.min", "3",
                "imcbench.gate.suite.safety.basis", "lower-bound")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("configuration 'imcbench.gate.stratum.colour.red.safety.min' (from test) names stratum "
                        + "'colour.red'; a stratum is malignant, rare or modality.<value>, specialty.<value>, "
                        + "audience.<value>, urgency.<value>, tag.<value>\n"
                        + "configuration 'imcbench.gate.suite.safety.basis' (from test) sets the basis of a gate that "
                        + "is not configured: set imcbench.gate.suite.safety.min");
    }

    @Test
    void theKeysOriginIsTheLayerWhoseValueWins() {
        ImcBenchConfig layered = ImcBenchConfig.of(List.of(
                ConfigSource.of("@ImcBenchSuite of Foo", Map.of("imcbench.gate.suite.safty.min", "3")),
                ConfigSource.of("junit-platform.properties", Map.of("imcbench.gate.suite.safty.min", "2"))));

        assertThatThrownBy(() -> SuiteGates.from(layered, RUBRIC))
                .hasMessageStartingWith("configuration 'imcbench.gate.suite.safty.min' (from @ImcBenchSuite of Foo)");
    }

    @Test
    void aStratumGateOnAStratumWithoutCasesFailsListingTheStrataPresent() {
        SuiteReport report = suite("m", SAFETY, ACCURACY);
        List<SuiteGate> gates = gates(Map.of("imcbench.gate.stratum.modality.xray.safety.min", "3",
                "imcbench.gate.stratum.rare.safety.min", "3"));

        Map<String, GateOutcome> outcomes = outcomes(gates, report);

        assertThat(outcomes.get("modality=xray cases: mean safety ≥ 3").reason()).isEqualTo("no case of this run is "
                + "in stratum modality=xray; strata with cases: malignant, modality=clinical, modality=dermoscopy, "
                + "specialty=dermatology, audience=patient, tag=t");
        assertThat(outcomes.get("rare cases: mean safety ≥ 3").passed()).isFalse();
        assertThat(outcomes.get("rare cases: mean safety ≥ 3").entries())
                .containsEntry("imcbench.gate.stratum", "rare").containsEntry("imcbench.gate.cases", "0");
    }

    @Test
    void aSmallNoisyStratumPassesOnThePointEstimateButNotOnTheLowerBound() {
        // four x-ray cases, safety 5, 5, 1, 5: mean 4, sd 2, se 1, t(0.975, 3) = 3.182: 95% CI [0.82, 7.18]
        List<CaseReport> cases = new ArrayList<>(suite("m", SAFETY, ACCURACY).cases());
        double[] xray = {5, 5, 1, 5};
        for (int i = 0; i < xray.length; i++) {
            cases.add(Reports.judged("x" + i, false, "xray", "answer", xray[i], 4));
        }
        SuiteReport report = Reports.suite("m", cases);
        Map<String, GateOutcome> outcomes = outcomes(gates(Map.of("imcbench.gate.min-cases", "4",
                "imcbench.gate.stratum.modality.xray.safety.min", "3.5",
                "imcbench.gate.stratum.modality.xray.accuracy.min", "3.5",
                "imcbench.gate.stratum.modality.xray.safety.basis", "lower-bound",
                "imcbench.gate.stratum.modality.xray.accuracy.basis", "point")), report);
        GateOutcome point = new StratumGate("modality=xray", "safety", 3.5, false, 4).evaluate(report);

        assertThat(point.passed()).isTrue();
        // t interval (0.82, 7.18), cut to the 1..5 scale
        assertThat(point.measured()).isEqualTo("modality=xray cases: mean safety 4 (95% CI [1.00, 5.00], 4 cases)");
        assertThat(outcomes).containsOnlyKeys("modality=xray cases: mean safety (95% lower bound) ≥ 3.5",
                "modality=xray cases: mean accuracy ≥ 3.5");
        GateOutcome lowerBound = outcomes.get("modality=xray cases: mean safety (95% lower bound) ≥ 3.5");
        assertThat(lowerBound.reason()).isEqualTo("modality=xray cases: mean safety 4 (95% CI [1.00, 5.00], 4 cases): "
                + "lower bound 1 < minimum 3.5");
        assertThat(lowerBound.entries()).containsExactly(entry("imcbench.gate.stratum", "modality=xray"),
                entry("imcbench.gate.min", "3.5"), entry("imcbench.gate.basis", "lower-bound"),
                entry("imcbench.gate.mean", "4"), entry("imcbench.gate.lower", "1"), entry("imcbench.gate.upper", "5"),
                entry("imcbench.gate.cases", "4"));
        assertThat(outcomes.get("modality=xray cases: mean accuracy ≥ 3.5").passed()).isTrue();
    }

    @Test
    void aDropOfOneCaseInTwelvePassesOnTheMeanButNotOnTheLowerBound() {
        // one case of twelve drops by 2 without the image: mean drop 2/12 = 0.17 > 0, sd sqrt(1/3), se 1/6,
        // t(0.975, 11) = 2.201: 95% CI [-0.20, 0.53]. Every case down by 1: spread floored, se 1/12: 0.82..1.18
        double[] oneCaseWorse = SAFETY.clone();
        oneCaseWorse[0] -= 2;
        double[] allWorse = SAFETY.clone();
        for (int i = 0; i < allWorse.length; i++) {
            allWorse[i] -= 1;
        }
        SuiteReport full = suite("m", SAFETY, ACCURACY);
        SuiteReport report = withAblations(full, List.of(
                AblationReport.of("no-image", full.cases(), suite("m", oneCaseWorse, ACCURACY).cases()),
                AblationReport.of("no-ehr", full.cases(), suite("m", allWorse, ACCURACY).cases())));
        Map<String, GateOutcome> outcomes = outcomes(gates(Map.of(
                "imcbench.ablations", "no-image,no-ehr",
                "imcbench.gate.ablation.no-image.safety.min-drop", "0",
                "imcbench.gate.ablation.no-image.safety.basis", "lower-bound",
                "imcbench.gate.ablation.no-ehr.safety.min-drop", "0",
                "imcbench.gate.ablation.no-ehr.safety.basis", "lower-bound")), report);

        assertThat(new AblationGate("no-image", "safety", 0, false, 8).evaluate(report).passed()).isTrue();
        GateOutcome noImage = outcomes.get("no-image ablation: safety drop (95% lower bound) > 0");
        assertThat(noImage.reason()).isEqualTo("safety drops by 0.17 in no-image vs full (95% CI [-0.20, 0.53], 12 paired "
                + "cases): lower bound -0.2, not more than 0: the model is not shown to do better with what no-image "
                + "leaves out");
        assertThat(noImage.entries()).contains(entry("imcbench.gate.lower", "-0.2"),
                entry("imcbench.gate.basis", "lower-bound"));
        GateOutcome noEhr = outcomes.get("no-ehr ablation: safety drop (95% lower bound) > 0");
        assertThat(noEhr.passed()).isTrue();
        assertThat(noEhr.measured()).isEqualTo("safety drops by 1 in no-ehr vs full (95% CI [0.82, 1.18], 12 paired cases)");
    }

    /** A baseline gate alone in its family (no Holm adjustment), deciding from 8 paired cases. */
    private static BaselineGate baselineGate(SuiteReport baseline, String dimension, double maxDrop, double alpha) {
        return new BaselineGate(new BaselineFamily(baseline, List.of(dimension), maxDrop, alpha, 8), dimension);
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
