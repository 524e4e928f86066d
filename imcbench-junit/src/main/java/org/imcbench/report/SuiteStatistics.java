package org.imcbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.imcbench.jury.DimensionScore;
import org.imcbench.report.StatisticsReport.DimensionStatistics;
import org.imcbench.report.StatisticsReport.StratumStatistics;
import org.imcbench.stats.Bootstrap;
import org.imcbench.stats.ConfidenceInterval;
import org.imcbench.stats.Descriptive;
import org.imcbench.stats.GroupDifference;
import org.imcbench.stats.StudentMean;

/**
 * Computes a report's {@link StatisticsReport} from its cases alone, so that any {@code report.json}
 * can be recomputed without a model. The 95% intervals of means (a dimension's, a stratum's) are
 * Student's t intervals ({@link StudentMean}, which hold at small suites); the interval of a
 * stratum's difference to the other cases is a percentile bootstrap over cases with
 * {@value Bootstrap#DEFAULT_RESAMPLES} resamples and a fixed seed.
 *
 * <p>Strata are those of {@link Strata}. A stratum holding all
 * judged cases or none of them has nothing to be compared with and is left out.
 */
public final class SuiteStatistics {
    /** The bootstrap seed of every report. */
    public static final long SEED = 20_240_531L;
    private static final double LEVEL = 0.95;

    private SuiteStatistics() {
    }

    /**
     * The statistics of these cases. The dimensions are computed side by side (each with its own resamples from
     * the one seed, so the figures do not depend on which thread computed them), in the report's order.
     */
    public static StatisticsReport of(List<CaseReport> cases) {
        Bootstrap bootstrap = new Bootstrap(Bootstrap.DEFAULT_RESAMPLES, SEED);
        Map<String, Predicate<CaseReport>> definitions = Strata.of(cases);
        List<OfDimension> computed = CaseScores.dimensions(cases).parallelStream()
                .map(dimension -> {
                    List<CaseReport> judged = cases.stream()
                            .filter(c -> CaseScores.score(c, dimension).isPresent()).toList();
                    double[] values = judged.stream()
                            .mapToDouble(c -> CaseScores.score(c, dimension).getAsDouble()).toArray();
                    return new OfDimension(dimension(dimension, values),
                            strata(dimension, judged, values, definitions, bootstrap));
                })
                .toList();
        List<DimensionStatistics> dimensions = new ArrayList<>();
        List<StratumStatistics> strata = new ArrayList<>();
        computed.forEach(one -> {
            dimensions.add(one.dimension());
            strata.addAll(one.strata());
        });
        return new StatisticsReport(Bootstrap.DEFAULT_RESAMPLES, SEED, LEVEL, dimensions, strata);
    }

    /** The statistics of one dimension. */
    private record OfDimension(DimensionStatistics dimension, List<StratumStatistics> strata) {
    }

    /**
     * The mean of these scores with its 95% interval, as every report computes it (Student's t,
     * {@link StudentMean}), intersected with the score scale ({@link DimensionScore#LOWEST}..{@link DimensionScore#HIGHEST}):
     * the mean of scores on that scale lies on it, so the bounds never claim less or more (and the interval
     * covers the true mean exactly as often); bounds {@code NaN} for a single score.
     *
     * @throws IllegalArgumentException without scores
     */
    public static ConfidenceInterval meanInterval(double[] values) {
        ConfidenceInterval t = StudentMean.of(values).interval(LEVEL);
        if (Double.isNaN(t.lower())) {
            return t;
        }
        return new ConfidenceInterval(t.estimate(), Math.max(DimensionScore.LOWEST, t.lower()),
                Math.min(DimensionScore.HIGHEST, t.upper()), t.level());
    }

    private static DimensionStatistics dimension(String dimension, double[] values) {
        if (values.length == 0) {
            return new DimensionStatistics(dimension, 0, null, null, null, null);
        }
        ConfidenceInterval interval = meanInterval(values);
        return new DimensionStatistics(dimension, values.length, interval.estimate(),
                orNull(Descriptive.standardDeviation(values)), orNull(interval.lower()), orNull(interval.upper()));
    }

    /**
     * Each stratum with cases in and out of it on one dimension, its mean and its difference from the other
     * cases; the differences' intervals come from one set of resamples of the dimension's cases.
     */
    private static List<StratumStatistics> strata(String dimension, List<CaseReport> judged, double[] values,
            Map<String, Predicate<CaseReport>> definitions, Bootstrap bootstrap) {
        List<String> names = new ArrayList<>();
        List<boolean[]> groups = new ArrayList<>();
        definitions.forEach((name, member) -> {
            boolean[] members = new boolean[judged.size()];
            int in = 0;
            for (int i = 0; i < members.length; i++) {
                members[i] = member.test(judged.get(i));
                in += members[i] ? 1 : 0;
            }
            if (in > 0 && in < members.length) {
                names.add(name);
                groups.add(members);
            }
        });
        if (groups.isEmpty()) {
            return List.of();
        }
        List<ConfidenceInterval> differences = GroupDifference.intervals(bootstrap, values, groups);
        List<StratumStatistics> strata = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            boolean[] members = groups.get(k);
            List<Double> in = new ArrayList<>();
            List<Double> out = new ArrayList<>();
            for (int i = 0; i < members.length; i++) {
                (members[i] ? in : out).add(values[i]);
            }
            ConfidenceInterval inMean = meanInterval(in.stream().mapToDouble(Double::doubleValue).toArray());
            double outMean = Descriptive.mean(out.stream().mapToDouble(Double::doubleValue).toArray());
            ConfidenceInterval interval = differences.get(k);
            strata.add(new StratumStatistics(names.get(k), dimension, in.size(), inMean.estimate(), out.size(),
                    outMean, inMean.estimate() - outMean, orNull(interval.lower()), orNull(interval.upper()),
                    orNull(inMean.lower()), orNull(inMean.upper())));
        }
        return strata;
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
