package org.imcbench.jury;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.imcbench.stats.Bootstrap;
import org.imcbench.stats.BootstrapInterval;
import org.imcbench.stats.IsotonicRegression;
import org.imcbench.stats.MonotoneMap;
import org.imcbench.stats.RaterAgreement;
import org.imcbench.stats.Spearman;
import org.imcbench.stats.WeightedKappa;

/**
 * Compares raters (each judge, the jury, the calibrated jury) with clinicians on the same annotated
 * items, and fits and checks the jury's calibration maps.
 *
 * <p>For every rater and every dimension, and over all dimensions pooled ({@value #ALL}): quadratic
 * weighted kappa (rater and clinician scores put on whole scores 1..5, a half-point counting half at
 * each neighbour, see {@link WeightedKappa#quadraticOfScores}), Spearman's rho, mean absolute error
 * and mean bias (rater minus clinician), each with a percentile bootstrap 95% interval over items,
 * seeded so reports are reproducible, and the number of resamples in which the figure was undefined
 * (kappa or rho of a resample without variation), which are left out of the interval. The clinician
 * score of an item is the mean over its raters.
 *
 * <p>The map of a dimension is the isotonic regression of clinician score on jury score. Fitted and
 * judged on the same items it looks better than it is, so the analysis also cross-fits it: the items
 * of a dimension are split into {@value #FOLDS} folds (seeded; as many folds as items when fewer),
 * and each item's {@value #CROSS_FITTED} score is the map fitted on the other folds applied to its jury
 * score. Those held-out scores are the calibrated jury's honest agreement. A dimension's map is
 * kept (written to {@code calibration.json}) only when its cross-fitted mean absolute error is below
 * the raw jury's; {@link MapCheck} says which and why.
 */
public final class CalibrationAnalysis {
    /** The rater name of the jury score (the judges' scores combined, uncalibrated). */
    public static final String JURY = "jury";

    /** The rater name of the jury's held-out calibrated score (each item mapped by a map not fitted on it). */
    public static final String CROSS_FITTED = "jury-cross-fitted";

    /** The dimension name of the figures pooled over every dimension. */
    public static final String ALL = "all";

    /** How many folds the cross-fitting uses (fewer when a dimension has fewer items). */
    public static final int FOLDS = 5;

    private static final long FOLD_SEED = 20_240_602L;

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

        private Item with(String rater, double score) {
            Map<String, Double> more = new LinkedHashMap<>(raters);
            more.put(rater, score);
            return new Item(caseId, dimension, clinician, more);
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
    public record Figures(String rater, String dimension, int items, BootstrapInterval qwk, BootstrapInterval rho,
            BootstrapInterval meanAbsoluteError, BootstrapInterval meanBias) {
    }

    /**
     * Whether a dimension's calibration map helps on items it was not fitted on.
     *
     * @param dimension the dimension
     * @param items annotated items the jury scored on it
     * @param juryError mean absolute error of the raw jury score
     * @param crossFittedError mean absolute error of the cross-fitted calibrated score ({@code NaN} with
     *     fewer than two items)
     * @param inSampleError mean absolute error of the map on the items it was fitted on: optimistic,
     *     for comparison only
     * @param applied whether the map is kept: its cross-fitted error is below the jury's
     */
    public record MapCheck(String dimension, int items, double juryError, double crossFittedError,
            double inSampleError, boolean applied) {
    }

    /**
     * What the analysis found.
     *
     * @param agreement the figures per rater and dimension, raters in the given order (with
     *     {@link #CROSS_FITTED} after {@link #JURY}), dimensions in rubric order then {@link #ALL}
     * @param maps the jury's calibration map per dimension whose map is {@link MapCheck#applied()}
     * @param checks the check of every dimension with annotated items, in rubric order
     */
    public record Result(List<Figures> agreement, CalibrationMaps maps, List<MapCheck> checks) {
    }

    /**
     * Analyses the items.
     *
     * @param rubric the rubric the jury scored against
     * @param raters the raters to report, in order (usually {@link #JURY} then every judge)
     * @param items the annotated items the jury scored
     */
    public Result analyse(Rubric rubric, List<String> raters, List<Item> items) {
        Map<String, MonotoneMap> maps = new LinkedHashMap<>();
        List<MapCheck> checks = new ArrayList<>();
        List<Item> withHeldOut = new ArrayList<>();
        for (Dimension dimension : rubric.dimensions()) {
            List<Item> scored = items.stream()
                    .filter(item -> item.dimension().equals(dimension.key()) && item.raters().containsKey(JURY))
                    .toList();
            if (scored.isEmpty()) {
                continue;
            }
            MonotoneMap map = fit(scored);
            double[] heldOut = crossFitted(scored);
            double juryError = 0;
            double crossError = 0;
            double inSampleError = 0;
            for (int i = 0; i < scored.size(); i++) {
                Item item = scored.get(i);
                double jury = item.raters().get(JURY);
                juryError += Math.abs(jury - item.clinician());
                crossError += Math.abs(heldOut[i] - item.clinician());
                inSampleError += Math.abs(map.apply(jury) - item.clinician());
                if (!Double.isNaN(heldOut[i])) {
                    withHeldOut.add(item.with(CROSS_FITTED, heldOut[i]));
                }
            }
            int n = scored.size();
            boolean applied = crossError / n < juryError / n;
            checks.add(new MapCheck(dimension.key(), n, juryError / n, crossError / n, inSampleError / n, applied));
            if (applied) {
                maps.put(dimension.key(), map);
            }
        }
        List<String> reported = new ArrayList<>(raters);
        if (!withHeldOut.isEmpty()) {
            reported.add(reported.indexOf(JURY) + 1, CROSS_FITTED);
        }
        List<Item> all = new ArrayList<>(items.stream()
                .filter(item -> withHeldOut.stream().noneMatch(held -> same(held, item)))
                .toList());
        all.addAll(withHeldOut);
        return new Result(agreement(rubric, reported, all), new CalibrationMaps(rubric.id(), maps), checks);
    }

    private static boolean same(Item one, Item other) {
        return one.caseId().equals(other.caseId()) && one.dimension().equals(other.dimension());
    }

    private List<Figures> agreement(Rubric rubric, List<String> raters, List<Item> items) {
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
        return agreement;
    }

    private static MonotoneMap fit(List<Item> items) {
        return IsotonicRegression.fit(items.stream().mapToDouble(item -> item.raters().get(JURY)).toArray(),
                items.stream().mapToDouble(Item::clinician).toArray());
    }

    /** Each item's calibrated score by the map fitted on the other folds; {@code NaN} with a single item. */
    private static double[] crossFitted(List<Item> items) {
        int n = items.size();
        double[] heldOut = new double[n];
        if (n < 2) {
            heldOut[0] = Double.NaN;
            return heldOut;
        }
        int folds = Math.min(FOLDS, n);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        SplittableRandom random = new SplittableRandom(FOLD_SEED);
        for (int i = n - 1; i > 0; i--) {
            Collections.swap(order, i, random.nextInt(i + 1));
        }
        int[] fold = new int[n];
        for (int position = 0; position < n; position++) {
            fold[order.get(position)] = position % folds;
        }
        for (int f = 0; f < folds; f++) {
            List<Item> training = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fold[i] != f) {
                    training.add(items.get(i));
                }
            }
            MonotoneMap map = fit(training);
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    heldOut[i] = map.apply(items.get(i).raters().get(JURY));
                }
            }
        }
        return heldOut;
    }

    private Figures figures(String rater, String dimension, List<double[]> pairs) {
        return new Figures(rater, dimension, pairs.size(),
                interval(pairs, (r, c) -> WeightedKappa.quadraticOfScores(r, c, 1, 5)),
                interval(pairs, Spearman::rho),
                interval(pairs, (r, c) -> OptionalDouble.of(RaterAgreement.of(r, c).meanAbsoluteError())),
                interval(pairs, (r, c) -> OptionalDouble.of(RaterAgreement.of(r, c).meanBias())));
    }

    private BootstrapInterval interval(List<double[]> pairs, Statistic statistic) {
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

    /** A statistic of paired rater and clinician scores. */
    @FunctionalInterface
    private interface Statistic {
        OptionalDouble of(double[] rater, double[] clinician);
    }
}
