package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.Condition;
import org.imcbench.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The broken case files of {@code cases/invalid} run as a suite. A problem that stops discovery from reading a
 * case's labels or outline (invalid JSON, a missing id, an image URI of a form never looked for) or a repeated id is a discovery issue and a failing
 * {@code <file> (invalid)} test; every other problem of a case — found when the case is read in full, as it runs
 * — fails that case, named by file, line, column and pointer; each image problem fails its own case; and the
 * valid cases beside them run their conversations.
 */
class BrokenCasesEngineTest {
    private static final String FOLDER = "src/test/resources/cases/invalid";
    private static final List<String> DISCOVERY_PROBLEMS = List.of("bad-syntax.json", "http-scheme.json",
            "missing-id.json", "zz-duplicate-case-id.json");
    private static final List<String> RUN_TIME_PROBLEMS = List.of("bad-media-type-name.json", "bad-plan-type.json",
            "bad-sha256.json", "duplicate-roi-id.json", "escapes-suite.json", "roi-box-inverted.json", "roi-box-outside.json", "roi-box-three-numbers.json",
            "roi-undefined-reference.json", "shown-after-plan.json", "unknown-field.json", "zoom-undefined.json");
    private static final List<String> IMAGE_PROBLEMS = List.of("media-type-mismatch.json", "sha256-mismatch.json",
            "too-large.json", "unsupported-bytes.json");

    @TempDir
    Path reportDir;

    @Test
    void aCaseWhoseLabelsCannotBeReadOrWhoseIdIsTakenIsADiscoveryIssueWithFileLineAndPointer() {
        EngineDiscoveryResults discovery = EngineTestKit.engine(ImcBenchTestEngine.ENGINE_ID)
                .selectors(selectDirectory(FOLDER)).discover();

        String prefix = "invalid IMCBench case file: " + FOLDER + "/";
        assertThat(discovery.getDiscoveryIssues())
                .allMatch(issue -> issue.severity() == DiscoveryIssue.Severity.WARNING)
                .anySatisfy(issue -> assertThat(issue.message()).isEqualTo(prefix
                        + "missing-id.json:1:1: /id: is required"))
                .allSatisfy(issue -> assertThat(issue.message()).startsWith(prefix))
                .extracting(issue -> issue.message().substring(prefix.length(), issue.message().indexOf(':',
                        prefix.length())))
                .containsExactlyInAnyOrderElementsOf(DISCOVERY_PROBLEMS);
    }

    @Test
    void brokenFilesFailAloneWhileTheValidCasesRun() {
        EngineExecutionResults results = imcbench(reportDir)
                .configurationParameter("imcbench.images.max-bytes", "8KB")
                .selectors(selectDirectory(FOLDER)).execute();

        results.testEvents().failed().assertThatEvents()
                .haveExactly(DISCOVERY_PROBLEMS.size(), event(test(), new Condition<>(
                        e -> e.getTestDescriptor().getDisplayName().endsWith(" (invalid)"), "invalid")))
                .haveExactly(1, event(test(), displayName("zz-duplicate-case-id.json (invalid)"),
                        finishedWithFailure(message(FOLDER + "/zz-duplicate-case-id.json:2:9: /id: duplicate case id "
                                + "'valid-plain' in this suite, already used by " + FOLDER + "/valid-plain.json"))));
        Events failedCases = results.containerEvents().failed();
        failedCases.assertThatEvents()
                .haveExactly(RUN_TIME_PROBLEMS.size() + IMAGE_PROBLEMS.size(), event(container(), finishedWithFailure()))
                .haveExactly(1, event(container(), finishedWithFailure(message(FOLDER
                        + "/roi-box-outside.json:12:69: /images/0/rois/0/box/2: must be from 0 to 1 (a fraction of the"
                        + " image width or height)"))))
                .haveExactly(1, event(container(), finishedWithFailure(message(FOLDER
                        + "/too-large.json:6:14: /images/0/uri: image is larger than imcbench.images.max-bytes (8192"
                        + " bytes)"))));
        for (String file : concat(RUN_TIME_PROBLEMS, IMAGE_PROBLEMS)) {
            failedCases.assertThatEvents().as(file).haveExactly(1, event(container(), finishedWithFailure(message(
                    text -> text.startsWith(FOLDER + "/" + file + ":")))));
        }
        results.testEvents().succeeded().assertThatEvents()
                .haveExactly(1, event(test(), displayName("valid-plain › conversation"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("valid-two-images › conversation"), finishedSuccessfully()));
    }

    @Test
    void aCaseWithAProblemFoundWhenItRunsIsSelectedByItsUniqueIdAndFailsNamingIt() throws IOException {
        UniqueId caseId = EngineTestKit.engine(ImcBenchTestEngine.ENGINE_ID).selectors(selectDirectory(FOLDER)).discover()
                .getEngineDescriptor().getDescendants().stream()
                .filter(descriptor -> descriptor.getDisplayName().startsWith("roi-box-outside — "))
                .map(TestDescriptor::getUniqueId).findFirst().orElseThrow();

        EngineExecutionResults results = imcbench(reportDir).selectors(selectUniqueId(caseId)).execute();

        String problem = FOLDER + "/roi-box-outside.json:12:69: /images/0/rois/0/box/2: must be from 0 to 1 (a fraction"
                + " of the image width or height)";
        results.containerEvents().failed().assertThatEvents().singleElement().satisfies(failed -> assertThat(
                failed.getTestDescriptor().getUniqueId()).isEqualTo(caseId)).is(event(container(), finishedWithFailure(
                        message(problem))));
        // the report names the case and its problem among the cases not started
        assertThat(ReportWriter.read(reportJson()).summary().skippedCases())
                .containsExactly("roi-box-outside: its content cannot be loaded: " + problem);
    }

    private Path reportJson() throws IOException {
        try (Stream<Path> files = Files.walk(reportDir)) {
            return files.filter(file -> file.getFileName().toString().equals("report.json")).findFirst().orElseThrow();
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
