package org.imcbench.run;

import java.util.Optional;
import org.imcbench.config.Settings;

/**
 * The refusal of a statistical gate to decide on fewer cases than {@code imcbench.gate.min-cases}:
 * below it the gate's interval or test does not hold its level, so the gate fails and says why
 * rather than pass or fail by chance.
 */
final class TooFewCases {
    private TooFewCases() {
    }

    /**
     * The failing outcome when {@code cases} is below {@code minCases}; adds {@code cases} and
     * {@code min-cases} to the entries.
     *
     * @param label what the gate measures, e.g. {@code suite mean safety}
     * @param cases the (paired) cases the gate would decide on
     * @param minCases the least number it decides on
     * @param entries the gate's entries so far
     */
    static Optional<GateOutcome> check(String label, int cases, int minCases, GateEntries entries) {
        if (cases >= minCases) {
            return Optional.empty();
        }
        String measured = label + ": " + Scores.count(cases, "case") + ", fewer than " + minCases;
        entries.count("cases", cases).count("min-cases", minCases);
        return Optional.of(GateOutcome.fail(measured, measured + ": too few to gate on (" + Settings.GATE_MIN_CASES.key()
                + "=" + minCases + "); below it the 95% interval and test do not hold their level. Add cases, or "
                + "lower " + Settings.GATE_MIN_CASES.key() + " knowing the gate then decides partly by chance",
                entries.map()));
    }
}
