package org.imcbench.run;

import java.util.Optional;
import org.imcbench.report.StatisticsReport.DimensionStatistics;
import org.imcbench.report.SuiteReport;

/**
 * The suite-level gate {@code imcbench.gate.suite.<dimension>.min}: the suite's mean jury score on a
 * dimension (or {@code overall}) must reach the minimum, either as a point estimate or, with
 * {@code basis=lower-bound}, with the lower bound of its 95% bootstrap interval.
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
    public Optional<String> failure(SuiteReport report) {
        Optional<DimensionStatistics> statistics = report.statistics().dimensions().stream()
                .filter(row -> row.dimension().equals(dimension))
                .findFirst();
        if (statistics.isEmpty() || statistics.get().mean() == null) {
            return Optional.of("no case was judged on " + dimension);
        }
        DimensionStatistics row = statistics.get();
        double compared = lowerBound ? row.lower() : row.mean();
        if (compared >= minimum) {
            return Optional.empty();
        }
        return Optional.of("suite mean " + dimension + " " + Scores.format(row.mean()) + " (95% CI "
                + Scores.format(row.lower()) + ".." + Scores.format(row.upper()) + ", " + row.cases() + " cases)"
                + (lowerBound ? ": lower bound " + Scores.format(row.lower()) : "") + " < minimum "
                + Scores.format(minimum));
    }
}
