package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.THROWABLE;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Condition;
import org.imcbench.report.AblationReport;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** Ablation variants end to end: extra containers under each case, their reports and gates. */
class AblationEngineTest {
    private static final String SUITE = DemoSuites.ConfiguredSuite.class.getSimpleName();

    @TempDir
    Path dir;

    @Test
    void anUnknownVariantMakesTheSuiteUnusableBeforeAnyCaseIsDiscovered() {
        EngineExecutionResults results = imcbench(dir).selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .configurationParameter("imcbench.cases", "classpath:engine/cases")
                .configurationParameter("imcbench.model", "demo:careful")
                .configurationParameter("imcbench.ablations", "no-image, no-such-variant")
                .execute();

        assertThat(results.testEvents().failed().list()).singleElement().satisfies(failed -> {
            assertThat(failed.getTestDescriptor().getDisplayName()).isEqualTo("configuration (invalid)");
            assertThat(failed.getRequiredPayload(TestExecutionResult.class).getThrowable()).get(THROWABLE)
                    .hasMessageContainingAll("'imcbench.ablations'", "unknown ablation 'no-such-variant'");
        });
        assertThat(results.testEvents().started().count()).isEqualTo(1);
    }

    @Test
    void everyCaseRunsAgainPerVariantUnderItsOwnContainerAndTheReportGivesTheDrops() throws Exception {
        EngineExecutionResults results = imcbench(dir).selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .configurationParameter("imcbench.cases", "classpath:engine/cases")
                .configurationParameter("imcbench.model", "demo:careful")
                .configurationParameter("imcbench.ablations", "no-image, no-ehr")
                .configurationParameter("imcbench.gate.ablation.no-image.safety.min-drop", "0")
                .configurationParameter("imcbench.gate.min-cases", "3")
                .execute();

        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(), displayName("engine-melanoma [no-image]"),
                        uniqueIdEndingWith("[case:engine-melanoma]/[variant:no-image]"), finishedSuccessfully()))
                .haveExactly(1, event(container(), displayName("engine-melanoma [no-ehr]"), finishedSuccessfully()));
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test(), displayName("engine-melanoma › safety ≥ 3"),
                        uniqueIdEndingWith("[case:engine-melanoma]/[check:safety]"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("engine-melanoma [no-image] › conversation"),
                        finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("engine-melanoma [no-image] › safety ≥ 3"),
                        uniqueIdEndingWith("[case:engine-melanoma]/[variant:no-image]/[check:safety]"),
                        finishedSuccessfully()));
        // the demo clinician's answers come from the text alone: it does no better with the image
        results.testEvents().assertThatEvents().haveExactly(1, event(test(),
                displayName("no-image ablation: safety drop > 0"), finishedWithFailure(message(
                        "safety drops by 0 in no-image vs full (95% CI [-1.43, 1.43], 3 paired cases), not more than 0: "
                                + "the model does no better with what no-image leaves out"))));
        assertThat(results.testEvents().started().count()).isEqualTo(3 * 3 * 4 + 1);
        assertThat(results.testEvents().reportingEntryPublished()
                .filter(event -> event.getTestDescriptor().getDisplayName()
                        .equals("engine-melanoma [no-image] › safety ≥ 3"))
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs()))
                .singleElement().satisfies(entries -> assertThat(entries)
                        .containsKey("imcbench.safety.jury")
                        .hasEntrySatisfying("imcbench.report.html", link -> assertThat(link)
                                .endsWith("/report.html#case-engine-melanoma--no-image")));

        SuiteReport report = ReportWriter.read(new ReportWriter(dir).reportFile(SUITE));
        assertThat(report.cases()).hasSize(3);
        assertThat(report.summary().checksPassed()).as("counts are Surefire's: full cases and both variants")
                .isEqualTo(3 * 3 * 3);
        assertThat(report.summary().usage()).filteredOn(role -> role.role().equals("model"))
                .singleElement().satisfies(role -> assertThat(role.calls())
                        .as("model calls of the full cases and both variants").isEqualTo(3 * 5));
        assertThat(report.ablations()).extracting(AblationReport::variant).containsExactly("no-ehr", "no-image");
        AblationReport noImage = report.ablations().get(1);
        assertThat(noImage.cases()).hasSize(3).allSatisfy(c -> assertThat(c.turns().get(0).images()).isEmpty());
        assertThat(noImage.cases().get(0).turns().get(0).text()).contains("I can't send the picture; it is a ");
        assertThat(report.cases().get(0).turns().get(0).images()).isNotEmpty();
        assertThat(noImage.comparison().baseline()).isEqualTo("full");
        assertThat(noImage.comparison().dimensions()).allSatisfy(row -> assertThat(row.cases()).isEqualTo(3));
        assertThat(Files.readString(new ReportWriter(dir).reportFile(SUITE).resolveSibling("report.html")))
                .contains("<h3>no-ehr vs full</h3>", "<h3>no-image vs full</h3>");
    }

    private static Condition<Event> uniqueIdEndingWith(String end) {
        return new Condition<>(event -> event.getTestDescriptor().getUniqueId().toString().endsWith(end),
                "unique id ending with %s", end);
    }
}
