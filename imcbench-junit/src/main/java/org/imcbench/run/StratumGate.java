package org.imcbench.run;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CaseScores;
import org.imcbench.report.Strata;
import org.imcbench.report.SuiteReport;
import org.imcbench.report.SuiteStatistics;
import org.imcbench.stats.ConfidenceInterval;

/**
 * The suite-level gate {@code imcbench.gate.stratum.<stratum>.<dimension>.min}: the mean jury score
 * of one stratum's cases (see {@link Strata}) on a dimension (or {@code overall}) must reach the
 * minimum, either as a point estimate or, with {@code basis=lower-bound}, with the lower bound of its
 * 95% interval ({@link SuiteStatistics#meanInterval}, Student's t, as in the report's strata). It fails
 * when no case of the run belongs to the stratum, listing the strata that have cases, and, saying so,
 * when fewer than {@code imcbench.gate.min-cases} of its cases were judged.
 *
 * <p>Its {@link GateOutcome#entries()}: {@code imcbench.gate.stratum}, {@code .min}, {@code .basis},
 * {@code .cases} and, with enough judged cases, {@code .mean}, {@code .lower}, {@code .upper} (the
 * interval); with too few {@code .min-cases}.
 */
public final class StratumGate implements SuiteGate {
    private final String stratum;
    private final String dimension;
    private final double minimum;
    private final boolean lowerBound;
    private final int minCases;

    /**
     * A gate on one stratum and dimension.
     *
     * @param stratum the stratum as {@link Strata} names it, e.g. {@code malignant}, {@code modality=dermoscopy}
     * @param dimension the dimension, or {@code overall}
     * @param minimum the least mean
     * @param lowerBound whether the interval's lower bound, rather than the mean, must reach the minimum
     * @param minCases the least number of judged cases the gate decides on ({@code imcbench.gate.min-cases})
     */
    public StratumGate(String stratum, String dimension, double minimum, boolean lowerBound, int minCases) {
        this.stratum = stratum;
        this.dimension = dimension;
        this.minimum = minimum;
        this.lowerBound = lowerBound;
        this.minCases = minCases;
    }

    @Override
    public String id() {
        return "stratum-" + stratum + "-" + dimension + "-min";
    }

    @Override
    public String title() {
        return stratum + " cases: mean " + dimension + (lowerBound ? " (95% lower bound)" : "") + " ≥ "
                + Scores.format(minimum);
    }

    @Override
    public GateOutcome evaluate(SuiteReport report) {
        GateEntries entries = new GateEntries().text("stratum", stratum).score("min", minimum)
                .text("basis", MeanOutcome.basis(lowerBound));
        Map<String, Predicate<CaseReport>> strata = Strata.of(report.cases());
        List<String> present = strata.keySet().stream()
                .filter(name -> report.cases().stream().anyMatch(strata.get(name)))
                .toList();
        if (!present.contains(stratum)) {
            return GateOutcome.fail(stratum + " cases: none in this run", "no case of this run is in stratum "
                    + stratum + "; strata with cases: " + (present.isEmpty() ? "none" : String.join(", ", present)),
                    entries.count("cases", 0).map());
        }
        double[] scores = report.cases().stream()
                .filter(strata.get(stratum))
                .map(c -> CaseScores.score(c, dimension))
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .toArray();
        if (scores.length == 0) {
            return GateOutcome.fail(stratum + " cases: mean " + dimension + ": 0 judged cases", "no " + stratum
                    + " case was judged on " + dimension, entries.count("cases", 0).map());
        }
        var refusal = TooFewCases.check(stratum + " cases: mean " + dimension, scores.length, minCases, entries);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        ConfidenceInterval mean = SuiteStatistics.meanInterval(scores);
        return MeanOutcome.of(stratum + " cases: mean " + dimension, mean.estimate(), mean.lower(), mean.upper(),
                scores.length, minimum, lowerBound, entries);
    }
}
