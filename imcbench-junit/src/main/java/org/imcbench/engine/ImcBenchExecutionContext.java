package org.imcbench.engine;

import java.util.concurrent.Semaphore;
import org.imcbench.run.BenchmarkRun;
import org.imcbench.run.CaseExecution;
import org.imcbench.run.RunEnvironment;
import org.imcbench.run.SuiteRecorder;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node of the IMCBench tree gets when it runs: the listener for report entries and, below
 * a suite, its run and recorder, and below a case, its execution; the limit on cases running
 * at once; and the environment runs are built with. Immutable; each level derives
 * its children's context.
 */
final class ImcBenchExecutionContext implements EngineExecutionContext {
    private final EngineExecutionListener listener;
    private final Semaphore concurrencyLimit;
    private final RunEnvironment environment;
    private final BenchmarkRun run;
    private final SuiteRecorder recorder;
    private final CaseExecution caseExecution;

    ImcBenchExecutionContext(EngineExecutionListener listener, int concurrency, RunEnvironment environment) {
        this(listener, new Semaphore(concurrency), environment, null, null, null);
    }

    private ImcBenchExecutionContext(EngineExecutionListener listener, Semaphore concurrencyLimit,
            RunEnvironment environment, BenchmarkRun run, SuiteRecorder recorder, CaseExecution caseExecution) {
        this.listener = listener;
        this.concurrencyLimit = concurrencyLimit;
        this.environment = environment;
        this.run = run;
        this.recorder = recorder;
        this.caseExecution = caseExecution;
    }

    ImcBenchExecutionContext withSuite(BenchmarkRun suiteRun, SuiteRecorder suiteRecorder) {
        return new ImcBenchExecutionContext(listener, concurrencyLimit, environment, suiteRun, suiteRecorder, null);
    }

    ImcBenchExecutionContext withCase(CaseExecution execution) {
        return new ImcBenchExecutionContext(listener, concurrencyLimit, environment, run, recorder, execution);
    }

    EngineExecutionListener listener() {
        return listener;
    }

    /** Bounds how many cases run at once over all suites ({@code imcbench.concurrency}). */
    Semaphore concurrencyLimit() {
        return concurrencyLimit;
    }

    /** The environment variables and per-endpoint state every suite's run is built with. */
    RunEnvironment environment() {
        return environment;
    }

    BenchmarkRun run() {
        return run;
    }

    SuiteRecorder recorder() {
        return recorder;
    }

    CaseExecution caseExecution() {
        return caseExecution;
    }
}
