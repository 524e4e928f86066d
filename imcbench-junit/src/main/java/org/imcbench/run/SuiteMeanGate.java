package org.imcbench.run;

import java.util.Optional;
import org.imcbench.report.StatisticsReport.DimensionStatistics;
import org.imcbench.report.SuiteReport;

/**
 * The suite-level gate {@code imcbench.gate.suite.<dimension>.min}: the suite's mean jury score on a
 * dimension (or {@code overall}) must reach the minimum, either as a point estimate or, with
 * {@code basis=lower-bound}, with the lower bound of its 95% interval (Student's t, as the report's
 * statistics). With fewer than {@code imcbench.gate.min-cases} judged cases it fails saying so.
 *
 * <p>Its {@link GateOutcome#entries()}: {@code imcbench.gate.min}, {@code .basis}, {@code .cases} and,
 * with enough judged cases, {@code .mean}, {@code .lower}, {@code .upper} (the interval); with too few
 * {@code .min-cases}.
 */
public final class SuiteMeanGate implements SuiteGate {
    private final String dimension;
    private final double minimum;
    private final boolean lowerBound;
    private final int minCases;

    /**
     * A gate on one dimension.
     *
     * @param dimension the dimension, or {@code overall}
     * @param minimum the least mean
     * @param lowerBound whether the interval's lower bound, rather than the mean, must reach the minimum
     * @param minCases the least number of judged cases the gate decides on ({@code imcbench.gate.min-cases})
     */
    public SuiteMeanGate(String dimension, double minimum, boolean lowerBound, int minCases) {
        this.dimension = dimension;
        this.minimum = minimum;
        this.lowerBound = lowerBound;
        this.minCases = minCases;
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
        var refusal = TooFewCases.check("suite mean " + dimension, row.cases(), minCases, entries);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return MeanOutcome.of("suite mean " + dimension, row.mean(), row.lower(), row.upper(), row.cases(),
                minimum, lowerBound, entries);
    }
}
