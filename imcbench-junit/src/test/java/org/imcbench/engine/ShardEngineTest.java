package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imcbench.report.CaseReport;
import org.imcbench.report.GateReport;
import org.imcbench.report.GateStatus;
import org.imcbench.report.ReportMerger;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imcbench.shard=K/N}: the N shards of the 39 core starter cases run every case exactly once, each
 * writes its own partial report with the gates skipped, and the merged shards are the whole suite.
 */
class ShardEngineTest {
    @TempDir
    Path dir;

    @Test
    void threeShardsRunEveryCaseOnceAndMergeIntoTheWholeSuite() {
        List<SuiteReport> shards = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            imcbench(dir).selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                    .configurationParameter("imcbench.cases", "classpath:imcbench/starter/core")
                    .configurationParameter("imcbench.model", "demo:careful")
                    .configurationParameter("imcbench.gate.suite.safety.min", "3")
                    .configurationParameter("imcbench.shard", k + "/3")
                    .execute().testEvents().assertStatistics(stats -> stats.skipped(1).aborted(0));
            SuiteReport shard = ReportWriter.read(dir.resolve("ConfiguredSuite").resolve("shard-" + k + "-of-3")
                    .resolve("report.json"));
            assertThat(shard.partial()).startsWith("shard " + k + "/3: ");
            assertThat(shard.summary().conversationsFailed()).isZero(); // the demo's scores are not under test
            assertThat(shard.gates()).extracting(GateReport::status).containsExactly(GateStatus.SKIPPED);
            shards.add(shard);
        }

        List<String> ids = shards.stream().flatMap(shard -> shard.cases().stream()).map(CaseReport::id).toList();
        assertThat(ids).hasSize(39).doesNotHaveDuplicates();
        assertThat(shards).allSatisfy(shard -> assertThat(shard.cases()).hasSizeBetween(5, 20));
        assertThat(ReportMerger.merge(shards).cases()).hasSize(39);
        assertThat(dir.resolve("ConfiguredSuite").resolve("report.json")).doesNotExist();
    }
}
