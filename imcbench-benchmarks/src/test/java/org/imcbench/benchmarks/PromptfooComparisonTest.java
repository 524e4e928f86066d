package org.imcbench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The comparison's rows from the two runs' figures, against cases/s computed by hand. */
class PromptfooComparisonTest {
    private static final int CASES = 384;
    private static final Path LOG = Path.of("log");

    @Test
    void dividesCasesPerSecondOfTheRunsAndOfTheWholeProcesses() throws Exception {
        // engine: Launcher.execute 2.4 s in a JVM of 4.8 s; promptfoo: eval 12.8 s in a process of 15.36 s
        PromptfooResults passed = new PromptfooResults(CASES, CASES, 0, 0, 12_800, "unknown versions");
        PromptfooComparison comparison = new PromptfooComparison(CASES, engine(2400, Duration.ofMillis(4800), 768),
                promptfoo(0, Duration.ofMillis(15_360), passed), counts(CASES, CASES));

        List<ResultTable.Row> rows = comparison.rows();

        assertThat(comparison.failure()).isEmpty();
        assertThat(rows).hasSize(2);
        // 384 / 2.4 = 160 cases/s against 384 / 12.8 = 30 cases/s: 5.33
        assertThat(rows.get(0).measure()).isEqualTo(Measures.PROMPTFOO + ", 384 cases");
        assertThat(rows.get(0).measured()).startsWith("160 cases/s (IMCBench: Launcher.execute 2.40 s; promptfoo: "
                + "eval duration 12.80 s)");
        assertThat(rows.get(0).bound()).isEqualTo("30.00 cases/s");
        assertThat(rows.get(0).ratio()).isEqualTo("5.33");
        // 384 / 4.8 = 80 cases/s against 384 / 15.36 = 25 cases/s: 3.20
        assertThat(rows.get(1).measure()).isEqualTo(Measures.PROMPTFOO + ", 384 cases, including start-up");
        assertThat(rows.get(1).measured()).startsWith("80.00 cases/s");
        assertThat(rows.get(1).bound()).isEqualTo("25.00 cases/s");
        assertThat(rows.get(1).ratio()).isEqualTo("3.20");
    }

    @Test
    void saysWhyNotWhenASideDidNotDoTheSameWork() throws Exception {
        EngineRun engine = engine(2400, Duration.ofMillis(4800), 768);
        PromptfooResults passed = new PromptfooResults(CASES, CASES, 0, 0, 12_800, "unknown versions");

        // the grader was never called (say, an llm-rubric served from a cache): 384 calls, not 768
        assertThat(new PromptfooComparison(CASES, engine, promptfoo(0, Duration.ofSeconds(15), passed),
                counts(CASES, 0)).rows()).singleElement().satisfies(row -> {
                    assertThat(row.measured()).startsWith("not measured: promptfoo did not do the same work");
                    assertThat(row.ratio()).isEmpty();
                });
        // grades that did not parse are errors, not passes
        assertThat(new PromptfooComparison(CASES, engine, promptfoo(0, Duration.ofSeconds(15),
                new PromptfooResults(CASES, 380, 0, 4, 12_800, "unknown versions")), counts(CASES, CASES)).failure())
                .contains("380 passed, 0 failed, 4 errors");
        assertThat(new PromptfooComparison(CASES, engine, promptfoo(ChildProcess.KILLED, Duration.ofSeconds(15), null),
                counts(CASES, CASES)).failure()).startsWith("promptfoo was killed after the timeout");
        // an engine run with calls missing
        assertThat(new PromptfooComparison(CASES, engine(2400, Duration.ofMillis(4800), 700),
                promptfoo(0, Duration.ofSeconds(15), passed), counts(CASES, CASES)).failure())
                .startsWith("the engine's single-turn run fails after 700 of 768 calls");
        assertThat(PromptfooComparison.notMeasured(CASES, PromptfooComparison.HOW_TO_ENABLE).measured())
                .startsWith("not measured: give -Dbench.promptfoo=");
    }

    private static EngineRun engine(long executeMillis, Duration wall, long calls) {
        ProbeResult.Execution execution = new ProbeResult.Execution(executeMillis, 3000, 2000, 400_000, CASES, 0, 0, 0,
                List.of(), null);
        ProbeResult result = new ProbeResult(new ProbeResult.Discovery(CASES, CASES * 4L, 500, 1L << 30, 10L << 20, 900),
                execution);
        EngineFork.Outcome outcome = new EngineFork.Outcome(Optional.of(result), new ChildProcess.Exit(0, 400_000, wall),
                LOG, Optional.of(Path.of("report.html")));
        return new EngineRun(outcome, counts(calls / 2, calls - calls / 2), 2L * CASES);
    }

    private static PromptfooRun.Outcome promptfoo(int code, Duration wall, PromptfooResults results) {
        return new PromptfooRun.Outcome(new ChildProcess.Exit(code, 900_000, wall), LOG, Optional.ofNullable(results));
    }

    private static EndpointCounts counts(long model, long judge) {
        return new EndpointCounts(Map.of(EndpointRole.MODEL, model, EndpointRole.PATIENT, 0L, EndpointRole.JUDGE, judge),
                0, 64);
    }
}
