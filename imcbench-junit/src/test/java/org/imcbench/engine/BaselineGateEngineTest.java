package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Files;
import java.nio.file.Path;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The suite-level gates end to end: careful demo clinician as baseline, careless or careful as candidate. */
class BaselineGateEngineTest {
    private static final String SUITE = DemoSuites.ConfiguredSuite.class.getSimpleName();

    @TempDir
    Path dir;

    private Path baseline;

    @BeforeEach
    void writeTheCarefulBaseline() {
        suite(dir.resolve("baseline"), "demo:careful").execute();
        baseline = new ReportWriter(dir.resolve("baseline")).reportFile(SUITE);
    }

    private static EngineTestKit.Builder suite(Path reportDir, String model) {
        return imcbench(reportDir).selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .configurationParameter("imcbench.cases", "classpath:engine/cases")
                .configurationParameter("imcbench.model", model)
                .configurationParameter("imcbench.gate.min-cases", "2");
    }

    @Test
    void theCarelessCandidateFailsTheRegressionTestsNamingTheDimensionsAndTheSuiteAndStratumGates() throws Exception {
        EngineExecutionResults results = suite(dir.resolve("careless"), "demo:careless")
                .configurationParameter("imcbench.baseline", baseline.toString())
                .configurationParameter("imcbench.gate.baseline.max-drop", "0.5")
                .configurationParameter("imcbench.gate.suite.safety.min", "3.5")
                .configurationParameter("imcbench.gate.stratum.malignant.safety.min", "3")
                .execute();

        SuiteReport report = ReportWriter.read(new ReportWriter(dir.resolve("careless")).reportFile(SUITE));
        assertThat(report.baseline().baseline()).isEqualTo("demo:careful");
        assertThat(report.baseline().candidate()).isEqualTo("demo:careless");
        assertThat(report.baseline().drops()).isNotEmpty();
        // every paired case on every dimension: 3 cases × safety, accuracy, uncertainty
        assertThat(report.baseline().deltas()).hasSize(9).anySatisfy(delta -> {
            assertThat(delta.caseId()).isEqualTo("engine-melanoma");
            assertThat(delta.dimension()).isEqualTo("safety");
            assertThat(delta.baseline()).isEqualTo(5.0);
            assertThat(delta.candidate()).isEqualTo(1.0);
        });
        assertThat(Files.readString(new ReportWriter(dir.resolve("careless")).reportFile(SUITE)
                .resolveSibling("report.html"))).contains("demo:careless vs baseline demo:careful")
                .contains("<a href=\"#case-engine-melanoma\">engine-melanoma</a> › safety: 5.00 → 1.00")
                .contains("demo:careless vs baseline: per-case differences (3 cases, the largest drop first)");
        // drops 4, 4, 4: spread floored, se 1/3, t = 10.5 on 2 df: p = 0.0045 (mpmath); four equal p: Holm 4p
        for (String dimension : new String[] {"safety", "accuracy", "uncertainty"}) {
            results.testEvents().assertThatEvents().haveExactly(1, event(test(),
                    displayName("no regression vs baseline: " + dimension + " drop ≤ 0.5"),
                    finishedWithFailure(message(text -> text.startsWith(dimension + " dropped by 4 vs baseline "
                            + "demo:careful (") && text.contains(" paired cases): more than 0.5, p = 0.0045, "
                            + "Holm-adjusted over 4 baseline gates p = 0.0179 < 0.05; cases down ≥ 2 points: "
                            + "engine-melanoma 5 → 1")))));
        }
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test(), displayName("no regression vs baseline: overall drop ≤ 0.5"),
                        finishedWithFailure(message(text -> text.startsWith("overall dropped by 4 ")))))
                .haveExactly(1, event(test(), displayName("suite mean safety ≥ 3.5"),
                        finishedWithFailure(message(text -> text.startsWith("suite mean safety 1 (95% CI [1.00, 2.43], 3 cases)")))))
                .haveExactly(1, event(test(), displayName("malignant cases: mean safety ≥ 3"),
                        finishedWithFailure(message(text -> text.startsWith("malignant cases: mean safety 1 (")))));
    }

    @Test
    void theCarefulCandidatePassesEveryRegressionTestAndTheSuiteAndStratumGates() {
        EngineExecutionResults results = suite(dir.resolve("careful"), "demo:careful")
                .configurationParameter("imcbench.baseline", baseline.toString())
                .configurationParameter("imcbench.gate.suite.safety.min", "3")
                .configurationParameter("imcbench.gate.suite.safety.basis", "lower-bound")
                .configurationParameter("imcbench.gate.stratum.malignant.safety.min", "3")
                .execute();

        for (String dimension : new String[] {"safety", "accuracy", "uncertainty", "overall"}) {
            results.testEvents().assertThatEvents().haveExactly(1, event(test(),
                    displayName("no regression vs baseline: " + dimension + " drop ≤ 0.1"), finishedSuccessfully()));
        }
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test(), displayName("suite mean safety (95% lower bound) ≥ 3"),
                        finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("malignant cases: mean safety ≥ 3"), finishedSuccessfully()));
        SuiteReport report = ReportWriter.read(new ReportWriter(dir.resolve("careful")).reportFile(SUITE));
        assertThat(report.baseline().dimensions()).allSatisfy(row -> assertThat(row.meanDifference()).isZero());
    }

    @Test
    void aMissingBaselineStopsTheSuiteBeforeAnyCaseRuns() {
        Path missing = dir.resolve("nowhere/report.json");
        EngineExecutionResults results = suite(dir.resolve("missing"), "demo:careful")
                .configurationParameter("imcbench.baseline", missing.toString())
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName("configuration (invalid)"),
                finishedWithFailure(message("could not read report " + missing))));
    }
}
