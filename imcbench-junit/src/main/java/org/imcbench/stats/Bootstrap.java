package org.imcbench.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap confidence intervals, seeded so that the same data always gives the same
 * interval (reports are reproducible). Used for statistics without a closed-form interval (kappa,
 * rank correlation, group differences); means use {@link StudentMean}, which holds at small samples.
 */
public final class Bootstrap {
    /** The default number of resamples. */
    public static final int DEFAULT_RESAMPLES = 2_000;

    private final int resamples;
    private final long seed;

    /**
     * Creates a bootstrap.
     *
     * @param resamples how many resamples to draw, at least 100
     * @param seed the random seed
     */
    public Bootstrap(int resamples, long seed) {
        if (resamples < 100) {
            throw new IllegalArgumentException("at least 100 resamples are needed: " + resamples);
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * The interval of a statistic of {@code n} units, resampling units with replacement.
     *
     * @param n number of units (cases, annotated items)
     * @param statistic computes the statistic from the indices of a sample (may repeat)
     * @param level confidence level, e.g. 0.95
     * @return the interval, with the number of resamples whose statistic was undefined ({@code NaN}),
     *     which are left out of the percentiles
     */
    public BootstrapInterval interval(int n, ToDoubleFunction<int[]> statistic, double level) {
        return intervals(n, List.of(statistic), level).get(0);
    }

    /**
     * The intervals of several statistics of the same {@code n} units from the same resamples: each
     * resample is drawn once and every statistic computed on it, so each interval is exactly what
     * {@link #interval} gives for that statistic alone (same seed, same resamples), at the cost of one draw.
     *
     * @param n number of units
     * @param statistics each computes its statistic from the indices of a sample (may repeat)
     * @param level confidence level, e.g. 0.95
     * @return one interval per statistic, in order
     */
    public List<BootstrapInterval> intervals(int n, List<ToDoubleFunction<int[]>> statistics, double level) {
        return intervals(n, statistics.size(), (indices, values) -> {
            for (int k = 0; k < values.length; k++) {
                values[k] = statistics.get(k).applyAsDouble(indices);
            }
        }, level);
    }

    /**
     * Several statistics computed together from each sample, e.g. in one pass over its indices.
     */
    @FunctionalInterface
    public interface Statistics {
        /**
         * Computes every statistic of a sample.
         *
         * @param indices the indices of the sample's units (may repeat)
         * @param values receives one value per statistic ({@code NaN} where undefined)
         */
        void compute(int[] indices, double[] values);
    }

    /**
     * The intervals of {@code count} statistics computed together from the same resamples (see
     * {@link #intervals(int, List, double)}).
     *
     * @param n number of units
     * @param count number of statistics
     * @param statistics computes them all from the indices of a sample
     * @param level confidence level, e.g. 0.95
     * @return one interval per statistic, in order
     */
    public List<BootstrapInterval> intervals(int n, int count, Statistics statistics, double level) {
        if (n < 1) {
            throw new IllegalArgumentException("no units to resample");
        }
        int[] identity = new int[n];
        for (int i = 0; i < n; i++) {
            identity[i] = i;
        }
        double[] estimates = new double[count];
        statistics.compute(identity, estimates);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] replicates = new double[count][resamples];
        int[] kept = new int[count];
        int[] sample = new int[n];
        double[] values = new double[count];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < n; i++) {
                sample[i] = random.nextInt(n);
            }
            statistics.compute(sample, values);
            for (int k = 0; k < count; k++) {
                if (!Double.isNaN(values[k])) {
                    replicates[k][kept[k]++] = values[k];
                }
            }
        }
        List<BootstrapInterval> intervals = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            intervals.add(interval(estimates[k], Arrays.copyOf(replicates[k], kept[k]), level));
        }
        return intervals;
    }

    private BootstrapInterval interval(double estimate, double[] valid, double level) {
        int undefined = resamples - valid.length;
        if (valid.length == 0) {
            return new BootstrapInterval(new ConfidenceInterval(estimate, Double.NaN, Double.NaN, level), resamples,
                    undefined);
        }
        double tail = (1 - level) / 2;
        return new BootstrapInterval(new ConfidenceInterval(estimate, Descriptive.quantile(valid, tail),
                Descriptive.quantile(valid, 1 - tail), level), resamples, undefined);
    }
}
