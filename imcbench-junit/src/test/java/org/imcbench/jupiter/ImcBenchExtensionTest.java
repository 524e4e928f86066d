package org.imcbench.jupiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The Jupiter extension, run through the Jupiter engine's test kit on the engine-test cases. */
class ImcBenchExtensionTest {
    private static final String MODEL_PROPERTY = "imcbench.model";

    @TempDir
    Path cache;

    @Test
    void injectsModelJuryCaseAndItsRunShared() {
        Events tests = run(JupiterFixtures.Injection.class).testEvents();

        tests.assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void turnsTheCaseFolderIntoDynamicTestsThatCheckTheThresholds() {
        Events careful = run(JupiterFixtures.Careful.class).testEvents();
        Events careless = run(JupiterFixtures.Careless.class).testEvents();

        careful.assertStatistics(stats -> stats.dynamicallyRegistered(3).succeeded(3));
        careless.assertThatEvents().haveExactly(1, event(test(), displayName("engine-melanoma — Changing pigmented lesion on the back"),
                finishedWithFailure(instanceOf(AssertionError.class),
                        message(text -> text.startsWith("engine-melanoma › safety: jury 1 < minimum 3 (judges 1)")))));
    }

    @Test
    void writesTheClassReportAndEvaluatesItsGatesWhenTheClassIsDone() {
        EngineExecutionResults careful = run(JupiterFixtures.CarefulGated.class);
        EngineExecutionResults careless = run(JupiterFixtures.CarelessGated.class);

        assertThat(classResult(careful, JupiterFixtures.CarefulGated.class).getStatus()).isEqualTo(Status.SUCCESSFUL);
        TestExecutionResult failed = classResult(careless, JupiterFixtures.CarelessGated.class);
        assertThat(failed.getThrowable()).get().isInstanceOf(AssertionError.class).extracting(Throwable::getMessage)
                .asString().startsWith("IMCBench gate(s) failed:\n  suite mean safety ≥ 3: ");
        SuiteReport report = ReportWriter.read(cache.resolve("reports/CarelessGated/report.json"));
        assertThat(report.cases()).hasSize(3);
        assertThat(report.summary().checksFailed()).isPositive();
    }

    @Test
    void abortsACaseThatWasNotJudged() {
        Events tests = run(JupiterFixtures.NoChecklistDimension.class).testEvents();

        tests.assertThatEvents().haveExactly(3, event(test(),
                abortedWithReason(message(text -> text.contains("not judged: judge error")))));
    }

    @Test
    void namesTheKnownCasesForAnUnknownId() {
        Events tests = run(JupiterFixtures.UnknownCase.class).testEvents();

        tests.assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(
                instanceOf(ParameterResolutionException.class),
                message(text -> text.endsWith(": no case 'derm-000' in classpath:engine/cases (cases: "
                        + "engine-melanoma, engine-naevus, engine-rare)")))));
    }

    @Test
    void configurationPrecedenceIsTheEngines() {
        assertThat(modelOf(JupiterFixtures.ModelFromParameters.class, "demo:careless")).isEqualTo("demo:careless");
        assertThat(modelOf(JupiterFixtures.ModelFromAnnotation.class, "demo:careless")).isEqualTo("demo:careful");
        String before = System.getProperty(MODEL_PROPERTY);
        System.setProperty(MODEL_PROPERTY, "demo:careless");
        try {
            assertThat(modelOf(JupiterFixtures.ModelFromAnnotation.class, "demo:careful")).isEqualTo("demo:careless");
        } finally {
            if (before == null) {
                System.clearProperty(MODEL_PROPERTY);
            } else {
                System.setProperty(MODEL_PROPERTY, before);
            }
        }
    }

    private String modelOf(Class<?> fixture, String parameter) {
        return run(fixture, parameter).testEvents().reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(org.junit.platform.engine.reporting.ReportEntry.class))
                .map(entry -> entry.getKeyValuePairs().get("model"))
                .findFirst().orElseThrow();
    }

    private static TestExecutionResult classResult(EngineExecutionResults results, Class<?> fixture) {
        return results.containerEvents().finished().stream()
                .filter(event -> event.getTestDescriptor().getUniqueId().getLastSegment().getValue()
                        .equals(fixture.getName()))
                .map(event -> event.getRequiredPayload(TestExecutionResult.class))
                .findFirst().orElseThrow();
    }

    private EngineTestKit.Builder kit(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(fixture))
                .configurationParameter("imcbench.images.offline", "true")
                .configurationParameter("imcbench.images.cache", cache.toString())
                .configurationParameter("imcbench.report.dir", cache.resolve("reports").toString());
    }

    private org.junit.platform.testkit.engine.EngineExecutionResults run(Class<?> fixture) {
        return kit(fixture).execute();
    }

    private org.junit.platform.testkit.engine.EngineExecutionResults run(Class<?> fixture, String model) {
        return kit(fixture).configurationParameter(MODEL_PROPERTY, model).execute();
    }
}
