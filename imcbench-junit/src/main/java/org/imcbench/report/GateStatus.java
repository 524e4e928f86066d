package org.imcbench.report;

/** How a suite gate ended: passed, failed (below its bound, or its evaluation threw) or skipped (a partial run). */
public enum GateStatus {
    /** The gate's condition held. */
    PASSED,
    /** The gate's condition did not hold, or the gate could not be evaluated. */
    FAILED,
    /** The gate was not evaluated: the run left part of the suite out. */
    SKIPPED
}
