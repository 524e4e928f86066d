package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import java.util.List;
import org.imcbench.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Suite-level gates end to end: what they publish, and gate keys that would create no test. */
class SuiteGateEngineTest {
    @TempDir
    Path dir;

    private EngineTestKit.Builder carefulSuite() {
        return imcbench(dir).selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .configurationParameter("imcbench.cases", "classpath:engine/cases")
                .configurationParameter("imcbench.model", "demo:careful");
    }

    @Test
    void aPassingGatePublishesWhatItMeasuredBeforeItFinishes() {
        EngineExecutionResults results = carefulSuite()
                .configurationParameter("imcbench.gate.suite.safety.min", "3")
                .configurationParameter("imcbench.gate.min-cases", "3")
                .execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName("suite mean safety ≥ 3"),
                finishedSuccessfully()));
        List<Event> gateEvents = results.allEvents().list().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().equals("suite mean safety ≥ 3"))
                .toList();
        // a gate is a test of the plan: known at discovery, not registered while the suite runs
        assertThat(gateEvents).extracting(Event::getType).containsExactly(EventType.STARTED,
                EventType.REPORTING_ENTRY_PUBLISHED, EventType.FINISHED);
        ReportEntry published = gateEvents.get(1).getRequiredPayload(ReportEntry.class);
        // the careful demo clinician scores safety 5 on all three cases
        assertThat(published.getKeyValuePairs()).containsExactly(
                entry("imcbench.gate.measured", "suite mean safety 5 (95% CI [3.57, 5.00], 3 cases)"),
                entry("imcbench.gate.min", "3"),
                entry("imcbench.gate.basis", "point"), entry("imcbench.gate.mean", "5"),
                entry("imcbench.gate.lower", "3.57"), entry("imcbench.gate.upper", "5"),
                entry("imcbench.gate.cases", "3"), entry("imcbench.report.html",
                        dir.resolve(DemoSuites.ConfiguredSuite.class.getSimpleName()).resolve("report.html")
                                .toAbsolutePath().normalize().toUri().toString()));
    }

    @Test
    void aGateOnAMisspeltDimensionStopsTheSuiteBeforeAnyCaseRunsNamingTheKeyAndTheRubricsDimensions() {
        EngineExecutionResults results = carefulSuite()
                .configurationParameter("imcbench.gate.suite.safty.min", "3")
                .execute();

        // the suite's one test says why it cannot run; none of its cases is discovered, so no model is called
        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName("configuration (invalid)"),
                finishedWithFailure(instanceOf(ConfigException.class), message("configuration "
                        + "'imcbench.gate.suite.safty.min' (from JUnit configuration parameters) names dimension "
                        + "'safty', which rubric 'imcbench' does not have; use one of safety, accuracy, uncertainty, "
                        + "overall"))));
    }

    @Test
    void aStratumGateOnAStratumWithoutCasesIsAFailingTestListingTheStrataPresent() {
        EngineExecutionResults results = carefulSuite()
                .configurationParameter("imcbench.gate.stratum.modality.xray.safety.min", "3")
                .execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(test(),
                displayName("modality=xray cases: mean safety ≥ 3"), finishedWithFailure(message(text ->
                        text.startsWith("no case of this run is in stratum modality=xray; strata with cases: "
                                + "malignant, rare, modality=dermoscopy, specialty=dermatology")))));
    }
}
