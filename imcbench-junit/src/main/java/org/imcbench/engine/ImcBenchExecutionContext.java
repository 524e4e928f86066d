package org.imcbench.engine;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import org.imcbench.conversation.Ablation;
import org.imcbench.run.BenchmarkRun;
import org.imcbench.run.CaseExecution;
import org.imcbench.run.RunEnvironment;
import org.imcbench.run.SuiteRecorder;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node of the IMCBench tree gets when it runs: the listener; the limit on cases running at
 * once; the lock tests report under; the environment runs are built with; below a suite, its run,
 * recorder and report entries; below a case, its execution and those of its ablation variants.
 * Immutable; each level derives its children's context.
 */
final class ImcBenchExecutionContext implements EngineExecutionContext {
    private final EngineExecutionListener listener;
    private final Semaphore concurrencyLimit;
    private final ReentrantLock reportingLock;
    private final RunEnvironment environment;
    private final BenchmarkRun run;
    private final SuiteRecorder recorder;
    private final ReportEntries entries;
    private final CaseExecution caseExecution;
    private final Map<Ablation, CaseExecution> variants;

    ImcBenchExecutionContext(EngineExecutionListener listener, int concurrency, RunEnvironment environment) {
        this(listener, new Semaphore(concurrency), new ReentrantLock(), environment, null, null, null, null,
                Map.of());
    }

    private ImcBenchExecutionContext(EngineExecutionListener listener, Semaphore concurrencyLimit,
            ReentrantLock reportingLock, RunEnvironment environment, BenchmarkRun run, SuiteRecorder recorder,
            ReportEntries entries, CaseExecution caseExecution, Map<Ablation, CaseExecution> variants) {
        this.listener = listener;
        this.concurrencyLimit = concurrencyLimit;
        this.reportingLock = reportingLock;
        this.environment = environment;
        this.run = run;
        this.recorder = recorder;
        this.entries = entries;
        this.caseExecution = caseExecution;
        this.variants = variants;
    }

    ImcBenchExecutionContext withSuite(BenchmarkRun suiteRun, SuiteRecorder suiteRecorder, ReportEntries suiteEntries) {
        return new ImcBenchExecutionContext(listener, concurrencyLimit, reportingLock, environment, suiteRun,
                suiteRecorder, suiteEntries, null, Map.of());
    }

    /** Below a case: its execution, and the executions of the ablation variants selected under it. */
    ImcBenchExecutionContext withCase(CaseExecution execution, Map<Ablation, CaseExecution> variantExecutions) {
        return new ImcBenchExecutionContext(listener, concurrencyLimit, reportingLock, environment, run, recorder,
                entries, execution, Map.copyOf(variantExecutions));
    }

    /** Below a variant of the case: the variant's execution. */
    ImcBenchExecutionContext withVariant(Ablation ablation) {
        CaseExecution execution = variants.get(ablation);
        if (execution == null) {
            throw new IllegalStateException("variant " + ablation.name() + " was not prepared by its case");
        }
        return new ImcBenchExecutionContext(listener, concurrencyLimit, reportingLock, environment, run, recorder,
                entries, execution, Map.of());
    }

    EngineExecutionListener listener() {
        return listener;
    }

    /** Bounds how many cases run at once over all suites ({@code imcbench.concurrency}). */
    Semaphore concurrencyLimit() {
        return concurrencyLimit;
    }

    /**
     * Held while tests report, from their first report entry to their last finish event, so that what
     * one test prints is not interleaved with another's (see {@link ReportEntries}).
     */
    ReentrantLock reportingLock() {
        return reportingLock;
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

    ReportEntries entries() {
        return entries;
    }

    CaseExecution caseExecution() {
        return caseExecution;
    }
}
