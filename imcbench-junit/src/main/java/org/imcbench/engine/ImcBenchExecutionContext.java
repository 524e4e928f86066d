package org.imcbench.engine;

import org.imcbench.conversation.Ablation;
import org.imcbench.run.CaseOutcome;
import org.imcbench.run.CaseResult;
import org.imcbench.run.CaseWorkers;
import org.imcbench.run.RunEnvironment;
import org.imcbench.run.SuiteRun;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node of the IMCBench tree gets when it runs: the listener, the environment suites are set up
 * with and the workers cases run on; below a suite, its run and report entries; below a case, its
 * outcome and the variant its tests report. Immutable; each level derives its children's context.
 */
final class ImcBenchExecutionContext implements EngineExecutionContext {
    private final EngineExecutionListener listener;
    private final RunEnvironment environment;
    private final CaseWorkers workers;
    private final SuiteRun run;
    private final ReportEntries entries;
    private final CaseOutcome outcome;
    private final Ablation ablation;

    ImcBenchExecutionContext(EngineExecutionListener listener, RunEnvironment environment, CaseWorkers workers) {
        this(listener, environment, workers, null, null, null, Ablation.NONE);
    }

    private ImcBenchExecutionContext(EngineExecutionListener listener, RunEnvironment environment,
            CaseWorkers workers, SuiteRun run, ReportEntries entries, CaseOutcome outcome, Ablation ablation) {
        this.listener = listener;
        this.environment = environment;
        this.workers = workers;
        this.run = run;
        this.entries = entries;
        this.outcome = outcome;
        this.ablation = ablation;
    }

    /** Below a suite: its run and the entries its tests publish. */
    ImcBenchExecutionContext withSuite(SuiteRun suiteRun, ReportEntries suiteEntries) {
        return new ImcBenchExecutionContext(listener, environment, workers, suiteRun, suiteEntries, null,
                Ablation.NONE);
    }

    /** Below a case: its outcome; its tests report the full case. */
    ImcBenchExecutionContext withCase(CaseOutcome caseOutcome) {
        return new ImcBenchExecutionContext(listener, environment, workers, run, entries, caseOutcome,
                Ablation.NONE);
    }

    /** Below a variant of the case: its tests report the variant. */
    ImcBenchExecutionContext withVariant(Ablation variant) {
        return new ImcBenchExecutionContext(listener, environment, workers, run, entries, outcome, variant);
    }

    EngineExecutionListener listener() {
        return listener;
    }

    /** The environment variables and per-endpoint state every suite is set up with. */
    RunEnvironment environment() {
        return environment;
    }

    /** The threads every suite's cases run on. */
    CaseWorkers workers() {
        return workers;
    }

    SuiteRun run() {
        return run;
    }

    ReportEntries entries() {
        return entries;
    }

    CaseOutcome outcome() {
        return outcome;
    }

    /** The variant the tests below report ({@link Ablation#NONE} for the full case). */
    Ablation ablation() {
        return ablation;
    }

    /** The result the tests below report: the full case's or the variant's. */
    CaseResult result() {
        return outcome.result(ablation);
    }
}
