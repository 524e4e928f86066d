package org.imcbench.run;

import org.imcbench.report.SuiteReport;

/**
 * A suite-level test: a condition on the whole suite's report, checked after every case has run
 * (e.g. the suite mean of a dimension, a stratum's mean, no regression against a baseline).
 */
public interface SuiteGate {

    /** A short identifier, unique among the suite's gates and stable across runs (a unique-id segment). */
    String id();

    /** The test's name, saying what it checks, e.g. {@code suite mean safety ≥ 3.5}. */
    String title();

    /** What the gate measures on this report and whether it passes. */
    GateOutcome evaluate(SuiteReport report);
}
