package org.imcbench.run;

import java.util.Optional;
import org.imcbench.report.StatisticsReport.DimensionStatistics;
import org.imcbench.report.SuiteReport;

/**
 * The suite-level gate {@code imcbench.gate.suite.<dimension>.min}: the suite's mean jury score on a
 * dimension (or {@code overall}) must reach the minimum, either as a point estimate or, with
 * {@code basis=lower-bound}, with the lower bound of its 95% bootstrap interval.
 *
 * <p>Its {@link GateOutcome#entries()}: {@code imcbench.gate.min}, {@code .basis}, {@code .cases} and,
 * with judged cases, {@code .mean}, {@code .lower}, {@code .upper} (the interval).
 */
public final class SuiteMeanGate implements SuiteGate {
    private final String dimension;
    private final double minimum;
    private final boolean lowerBound;

    /**
     * A gate on one dimension.
     *
     * @param dimension the dimension, or {@code overall}
     * @param minimum the least mean
     * @param lowerBound whether the interval's lower bound, rather than the mean, must reach the minimum
     */
    public SuiteMeanGate(String dimension, double minimum, boolean lowerBound) {
        this.dimension = dimension;
        this.minimum = minimum;
        this.lowerBound = lowerBound;
    }

    @Override
    public String id() {
        return "suite-" + dimension + "-min";
    }

    @Override
    public String title() {
        return "suite mean " + dimension + (lowerBound ? " (95% lower bound)" : "") + " ≥ " + Scores.format(minimum);
    }

    @Override
    public GateOutcome evaluate(SuiteReport report) {
        Optional<DimensionStatistics> statistics = report.statistics().dimensions().stream()
                .filter(row -> row.dimension().equals(dimension) && row.mean() != null)
                .findFirst();
        GateEntries entries = new GateEntries().score("min", minimum).text("basis", MeanOutcome.basis(lowerBound));
        if (statistics.isEmpty()) {
            return GateOutcome.fail("suite mean " + dimension + ": 0 judged cases", "no case was judged on "
                    + dimension, entries.count("cases", 0).map());
        }
        DimensionStatistics row = statistics.get();
        return MeanOutcome.of("suite mean " + dimension, row.mean(), row.lower(), row.upper(), row.cases(),
                minimum, lowerBound, entries);
    }
}
