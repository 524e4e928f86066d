package org.imcbench.run;

import org.imcbench.config.Basis;

/**
 * The outcome of a gate on a mean with its 95% interval ({@link SuiteMeanGate}, {@link StratumGate}):
 * the mean ({@code point} basis) or the interval's lower bound ({@code lower-bound} basis) must reach
 * a minimum.
 */
final class MeanOutcome {
    private MeanOutcome() {
    }

    /** The basis as configured: {@code point} or {@code lower-bound}. */
    static String basis(boolean lowerBound) {
        return (lowerBound ? Basis.LOWER_BOUND : Basis.POINT).key();
    }

    /**
     * The outcome; adds {@code mean}, {@code lower}, {@code upper} and {@code cases} to the entries.
     *
     * @param label what the mean is of, e.g. {@code suite mean safety}
     * @param mean the mean
     * @param lower its interval's lower bound
     * @param upper its interval's upper bound
     * @param cases the judged cases it is over
     * @param minimum the least mean (or lower bound)
     * @param lowerBound whether the lower bound rather than the mean is compared
     * @param entries the gate's entries so far
     */
    static GateOutcome of(String label, double mean, double lower, double upper, int cases, double minimum,
            boolean lowerBound, GateEntries entries) {
        String measured = label + " " + Scores.format(mean) + " (" + Scores.interval(lower, upper) + ", "
                + Scores.count(cases, "case") + ")";
        entries.score("mean", mean).score("lower", lower).score("upper", upper).count("cases", cases);
        if ((lowerBound ? lower : mean) >= minimum) {
            return GateOutcome.pass(measured, entries.map());
        }
        return GateOutcome.fail(measured, measured + (lowerBound ? ": lower bound " + Scores.format(lower) : "")
                + " < minimum " + Scores.format(minimum), entries.map());
    }
}
