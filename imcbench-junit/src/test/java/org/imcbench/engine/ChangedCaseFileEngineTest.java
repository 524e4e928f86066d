package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imcbench.cases.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Discovery keeps where a case is in its file, not its text: a case file changed between discovery and run
 * fails that case, saying so, and the other cases run.
 */
class ChangedCaseFileEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path reportDir;
    @TempDir
    Path folder;

    @Test
    void aCaseFileChangedAfterDiscoveryFailsThatCaseWithTheReason() throws IOException {
        ObjectNode naevus = EngineTestSupport.naevusBesideItsImage(folder);
        Files.writeString(folder.resolve("kept.json"), JSON.writeValueAsString(naevus.deepCopy().put("id", "kept")));
        Path changed = folder.resolve("changed.json");
        Files.writeString(changed, JSON.writeValueAsString(naevus.deepCopy().put("id", "changed")));
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false).addTestEngines(new ImcBenchTestEngine()).build());
        TestPlan plan = launcher.discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(folder.toFile()))
                .configurationParameters(Map.of("imcbench.cache.dir", reportDir.resolve("cache").toString(),
                        "imcbench.report.dir", reportDir.toString(), "imcbench.images.offline", "true",
                        "imcbench.images.cache", reportDir.resolve("image-cache").toString()))
                .build());

        Files.writeString(changed, JSON.writeValueAsString(naevus.deepCopy().put("id", "changed")
                .put("title", "edited after discovery")));
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(plan, listener);

        TestExecutionSummary summary = listener.getSummary();
        List<String> failures = summary.getFailures().stream().map(failure -> failure.getTestIdentifier()
                .getLegacyReportingName() + ": " + failure.getException().getMessage()).toList();
        assertThat(failures).containsExactly("changed: " + CaseFile.of(changed, folder).displayName()
                + ":1:1: case changed changed since discovery: its bytes are not those read when it was discovered; "
                + "run the tests again to discover the file anew");
        // the case that did not change ran: its conversation and its 3 checks passed
        assertThat(summary.getTestsSucceededCount()).isEqualTo(4);
    }
}
