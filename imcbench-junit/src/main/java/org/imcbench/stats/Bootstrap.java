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
        if (n < 1) {
            throw new IllegalArgumentException("no units to resample");
        }
        int[] identity = new int[n];
        for (int i = 0; i < n; i++) {
            identity[i] = i;
        }
        int count = statistics.size();
        double[] estimates = new double[count];
        for (int k = 0; k < count; k++) {
            estimates[k] = statistics.get(k).applyAsDouble(identity);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] replicates = new double[count][resamples];
        int[] kept = new int[count];
        int[] sample = new int[n];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < n; i++) {
                sample[i] = random.nextInt(n);
            }
            for (int k = 0; k < count; k++) {
                double value = statistics.get(k).applyAsDouble(sample);
                if (!Double.isNaN(value)) {
                    replicates[k][kept[k]++] = value;
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
