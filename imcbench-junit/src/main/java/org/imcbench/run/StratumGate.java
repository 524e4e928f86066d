package org.imcbench.run;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CaseScores;
import org.imcbench.report.Strata;
import org.imcbench.report.SuiteReport;
import org.imcbench.stats.Descriptive;

/**
 * The suite-level gate {@code imcbench.gate.stratum.<stratum>.<dimension>.min}: the mean jury score
 * of one stratum's cases (see {@link Strata}) on a dimension (or {@code overall}) must reach the
 * minimum.
 */
public final class StratumGate implements SuiteGate {
    private final String stratum;
    private final String dimension;
    private final double minimum;

    /**
     * A gate on one stratum and dimension.
     *
     * @param stratum the stratum as {@link Strata} names it, e.g. {@code malignant}, {@code modality=dermoscopy}
     * @param dimension the dimension, or {@code overall}
     * @param minimum the least mean
     */
    public StratumGate(String stratum, String dimension, double minimum) {
        this.stratum = stratum;
        this.dimension = dimension;
        this.minimum = minimum;
    }

    @Override
    public String id() {
        return "stratum-" + stratum + "-" + dimension + "-min";
    }

    @Override
    public String title() {
        return stratum + " cases: mean " + dimension + " ≥ " + Scores.format(minimum);
    }

    @Override
    public Optional<String> failure(SuiteReport report) {
        Predicate<CaseReport> member = Strata.of(report.cases()).get(stratum);
        double[] scores = report.cases().stream()
                .filter(c -> member != null && member.test(c))
                .map(c -> CaseScores.score(c, dimension))
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .toArray();
        if (scores.length == 0) {
            return Optional.of("no " + stratum + " case was judged on " + dimension);
        }
        double mean = Descriptive.mean(scores);
        if (mean >= minimum) {
            return Optional.empty();
        }
        return Optional.of(stratum + " cases: mean " + dimension + " " + Scores.format(mean) + " (" + scores.length
                + " cases) < minimum " + Scores.format(minimum));
    }
}
