package org.imcbench.benchmarks;

import static org.imcbench.benchmarks.Benchmark.seconds;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The "cases/s vs promptfoo" rows: the engine's single-turn run and promptfoo's eval of the same cases
 * (one model call and one judge call each) against the same endpoint at the same concurrency, as cases per
 * second of each and their ratio. Two rows: the runs themselves ({@code Launcher.execute} against promptfoo's
 * own evaluation duration) and each including its start-up (the forked JVM's whole life, discovery included,
 * against the CLI's whole life: node's start, config loading, writing the results).
 *
 * @param cases the cases of both runs
 * @param engine the engine's single-turn run
 * @param promptfoo promptfoo's eval
 * @param promptfooCounts the calls the endpoint answered during the eval
 */
record PromptfooComparison(int cases, EngineRun engine, PromptfooRun.Outcome promptfoo, EndpointCounts promptfooCounts) {
    static final String GOAL = "≥ 3× promptfoo";
    static final String WITH_START_UP = ", including start-up";

    /** How to enable the comparison, for the row when {@code bench.promptfoo} is not given. */
    static final String HOW_TO_ENABLE = "give -Dbench.promptfoo=<the promptfoo CLI or the folder promptfoo is "
            + "npm-installed in> (docs/performance.md)";

    /** The row's label at this number of cases. */
    static String measure(int cases) {
        return Measures.PROMPTFOO + ", " + cases + " cases";
    }

    /** The one row when the comparison was not made, with why. */
    static ResultTable.Row notMeasured(int cases, String why) {
        return ResultTable.Row.plain(measure(cases), "not measured: " + why, GOAL);
    }

    /** Why a side did not do its work completely, in one line; empty when both did. */
    String failure() throws IOException {
        long calls = 2L * cases;
        if (!engine.completed()) {
            return "the engine's single-turn run " + engine.verdict();
        }
        if (promptfoo.exit().code() != 0 || promptfoo.results().isEmpty()) {
            return "promptfoo " + (promptfoo.exit().code() == ChildProcess.KILLED ? "was killed after the timeout"
                    : "exited with " + promptfoo.exit().code()) + " (see " + promptfoo.log() + ")";
        }
        PromptfooResults results = promptfoo.results().get();
        if (!results.allPassed(cases) || promptfooCounts.total() != calls
                || promptfooCounts.calls().get(EndpointRole.JUDGE) != cases) {
            return "promptfoo did not do the same work: " + results + "; endpoint: " + promptfooCounts + " (expected "
                    + cases + " model and " + cases + " judge calls)";
        }
        return "";
    }

    /** The two rows; each says why not where a side did not complete. */
    List<ResultTable.Row> rows() throws IOException {
        String failure = failure();
        if (!failure.isEmpty()) {
            return List.of(notMeasured(cases, failure));
        }
        String measure = measure(cases);
        ProbeResult.Execution execution = engine.outcome().execution().orElseThrow();
        double engineRun = execution.millis() / 1000.0;
        double promptfooRun = promptfoo.results().get().evaluationMillis() / 1000.0;
        double engineWhole = seconds(engine.outcome().exit().wall());
        double promptfooWhole = seconds(promptfoo.exit().wall());
        return List.of(row(measure, engineRun, promptfooRun, "Launcher.execute", "eval duration"),
                row(measure + WITH_START_UP, engineWhole, promptfooWhole, "JVM start, discovery and run",
                        "node start, config loading, eval and output"));
    }

    /** The engine's cases/s against promptfoo's, each side's time in the note. */
    private ResultTable.Row row(String measure, double engineSeconds, double promptfooSeconds, String engineWhat,
            String promptfooWhat) {
        return ResultTable.Row.ratio(measure, cases / engineSeconds, cases / promptfooSeconds, " cases/s", GOAL)
                .withNote(String.format(Locale.ROOT, "IMCBench: %s %.2f s; promptfoo: %s %.2f s",
                        engineWhat, engineSeconds, promptfooWhat, promptfooSeconds));
    }
}
