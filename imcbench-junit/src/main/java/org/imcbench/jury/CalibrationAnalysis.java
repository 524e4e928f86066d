package org.imcbench.jury;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.imcbench.stats.Bootstrap;
import org.imcbench.stats.ConfidenceInterval;
import org.imcbench.stats.IsotonicRegression;
import org.imcbench.stats.MonotoneMap;
import org.imcbench.stats.RaterAgreement;
import org.imcbench.stats.Spearman;
import org.imcbench.stats.WeightedKappa;

/**
 * Compares raters (each judge, the jury, the calibrated jury) with clinicians on the same annotated
 * items, and fits the jury's calibration maps.
 *
 * <p>For every rater and every dimension, and over all dimensions pooled ({@value #ALL}): quadratic
 * weighted kappa (rater and clinician scores rounded half up to whole scores 1..5), Spearman's rho,
 * mean absolute error and mean bias (rater minus clinician), each with a percentile bootstrap 95%
 * interval over items, seeded so reports are reproducible. The clinician score of an item is the
 * mean over its raters. The map of a dimension is the isotonic regression of clinician score on
 * jury score.
 */
public final class CalibrationAnalysis {
    /** The rater name of the jury score (the judges' scores combined, uncalibrated). */
    public static final String JURY = "jury";

    /** The dimension name of the figures pooled over every dimension. */
    public static final String ALL = "all";

    private final Bootstrap bootstrap;

    /** An analysis whose intervals come from the given bootstrap. */
    public CalibrationAnalysis(Bootstrap bootstrap) {
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
    }

    /**
     * One annotated item (a case on a dimension): the clinicians' mean score and each rater's score.
     *
     * @param caseId the case
     * @param dimension the dimension
     * @param clinician the mean clinician score
     * @param raters score per rater ({@link #JURY}, judge names); raters that did not score it are absent
     */
    public record Item(String caseId, String dimension, double clinician, Map<String, Double> raters) {
        /** Copies the rater scores. */
        public Item {
            raters = Map.copyOf(raters);
        }
    }

    /**
     * The agreement of one rater with the clinicians on one dimension (or {@link #ALL}).
     *
     * @param rater the rater
     * @param dimension the dimension, or {@link #ALL}
     * @param items how many items both scored
     * @param qwk quadratic weighted kappa (NaN when undefined, e.g. no variation)
     * @param rho Spearman's rank correlation (NaN when undefined)
     * @param meanAbsoluteError mean |rater − clinician|
     * @param meanBias mean rater − clinician
     */
    public record Figures(String rater, String dimension, int items, ConfidenceInterval qwk, ConfidenceInterval rho,
            ConfidenceInterval meanAbsoluteError, ConfidenceInterval meanBias) {
    }

    /**
     * What the analysis found.
     *
     * @param agreement the figures per rater and dimension, raters in the given order, dimensions in
     *     rubric order then {@link #ALL}
     * @param maps the jury's calibration map per dimension that has annotated items
     */
    public record Result(List<Figures> agreement, CalibrationMaps maps) {
    }

    /**
     * Analyses the items.
     *
     * @param rubric the rubric the jury scored against
     * @param raters the raters to report, in order (usually {@link #JURY} then every judge)
     * @param items the annotated items the jury scored
     */
    public Result analyse(Rubric rubric, List<String> raters, List<Item> items) {
        List<Figures> agreement = new ArrayList<>();
        List<String> dimensions = new ArrayList<>(rubric.dimensions().stream().map(Dimension::key).toList());
        dimensions.add(ALL);
        for (String rater : raters) {
            for (String dimension : dimensions) {
                List<double[]> pairs = items.stream()
                        .filter(item -> ALL.equals(dimension) || item.dimension().equals(dimension))
                        .filter(item -> item.raters().containsKey(rater))
                        .map(item -> new double[] {item.raters().get(rater), item.clinician()})
                        .toList();
                if (!pairs.isEmpty()) {
                    agreement.add(figures(rater, dimension, pairs));
                }
            }
        }
        Map<String, MonotoneMap> maps = new LinkedHashMap<>();
        for (Dimension dimension : rubric.dimensions()) {
            List<Item> scored = items.stream()
                    .filter(item -> item.dimension().equals(dimension.key()) && item.raters().containsKey(JURY))
                    .toList();
            if (!scored.isEmpty()) {
                maps.put(dimension.key(), IsotonicRegression.fit(
                        scored.stream().mapToDouble(item -> item.raters().get(JURY)).toArray(),
                        scored.stream().mapToDouble(Item::clinician).toArray()));
            }
        }
        return new Result(agreement, new CalibrationMaps(rubric.id(), maps));
    }

    private Figures figures(String rater, String dimension, List<double[]> pairs) {
        return new Figures(rater, dimension, pairs.size(),
                interval(pairs, (r, c) -> WeightedKappa.quadratic(rounded(r), rounded(c), 1, 5)),
                interval(pairs, Spearman::rho),
                interval(pairs, (r, c) -> OptionalDouble.of(RaterAgreement.of(r, c).meanAbsoluteError())),
                interval(pairs, (r, c) -> OptionalDouble.of(RaterAgreement.of(r, c).meanBias())));
    }

    private ConfidenceInterval interval(List<double[]> pairs, Statistic statistic) {
        ToDoubleFunction<int[]> sampled = indices -> {
            double[] rater = new double[indices.length];
            double[] clinician = new double[indices.length];
            for (int i = 0; i < indices.length; i++) {
                rater[i] = pairs.get(indices[i])[0];
                clinician[i] = pairs.get(indices[i])[1];
            }
            OptionalDouble value = statistic.of(rater, clinician);
            return value.isPresent() ? value.getAsDouble() : Double.NaN;
        };
        return bootstrap.interval(pairs.size(), sampled, 0.95);
    }

    private static int[] rounded(double[] scores) {
        int[] whole = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            whole[i] = (int) Math.max(1, Math.min(5, Math.floor(scores[i] + 0.5)));
        }
        return whole;
    }

    /** A statistic of paired rater and clinician scores. */
    @FunctionalInterface
    private interface Statistic {
        OptionalDouble of(double[] rater, double[] clinician);
    }
}
