package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The broken case files of {@code cases/invalid} run as a suite: each load-time problem is a
 * discovery issue and a failing {@code <file> (invalid)} test, each image problem fails its own case,
 * and the valid cases beside them run their conversations.
 */
class BrokenCasesEngineTest {
    private static final String FOLDER = "src/test/resources/cases/invalid";
    private static final int LOAD_TIME_PROBLEMS = 16;

    @TempDir
    Path reportDir;

    @Test
    void everyLoadTimeProblemIsADiscoveryIssueWithFileLineAndPointer() {
        EngineDiscoveryResults discovery = EngineTestKit.engine(ImcBenchTestEngine.ENGINE_ID)
                .selectors(selectDirectory(FOLDER)).discover();

        assertThat(discovery.getDiscoveryIssues()).hasSize(LOAD_TIME_PROBLEMS)
                .allMatch(issue -> issue.severity() == DiscoveryIssue.Severity.WARNING)
                .anySatisfy(issue -> assertThat(issue.message()).isEqualTo("invalid IMCBench case file: " + FOLDER
                        + "/roi-box-outside.json:12:69: /images/0/rois/0/box/2: must be from 0 to 1 (a fraction of the"
                        + " image width or height)"));
    }

    @Test
    void brokenFilesFailAloneWhileTheValidCasesRun() {
        EngineExecutionResults results = imcbench(reportDir)
                .configurationParameter("imcbench.images.max-bytes", "8KB")
                .selectors(selectDirectory(FOLDER)).execute();

        results.testEvents().failed().assertThatEvents()
                .haveExactly(LOAD_TIME_PROBLEMS, event(test(), new org.assertj.core.api.Condition<>(e -> e.getTestDescriptor().getDisplayName().endsWith(" (invalid)"), "invalid")))
                .haveExactly(1, event(test(), displayName("zz-duplicate-case-id.json (invalid)"),
                        finishedWithFailure(message(FOLDER + "/zz-duplicate-case-id.json:2:9: /id: duplicate case id "
                                + "'valid-plain' in this suite, already used by " + FOLDER + "/valid-plain.json"))));
        results.containerEvents().failed().assertThatEvents()
                .haveExactly(4, event(container(), finishedWithFailure()))
                .haveExactly(1, event(container(), finishedWithFailure(message(FOLDER
                        + "/too-large.json:6:14: /images/0/uri: image is larger than imcbench.images.max-bytes (8192"
                        + " bytes)"))));
        results.testEvents().succeeded().assertThatEvents()
                .haveExactly(1, event(test(), displayName("valid-plain › conversation"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("valid-two-images › conversation"), finishedSuccessfully()));
    }
}
