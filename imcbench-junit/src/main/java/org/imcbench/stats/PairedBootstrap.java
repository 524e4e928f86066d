package org.imcbench.stats;

import java.util.SplittableRandom;

/**
 * Compares two conditions measured on the same units (ablation vs full, candidate vs baseline):
 * resamples units, keeping each unit's pair together, so that per-unit differences and not the
 * spread between units decide.
 */
public final class PairedBootstrap {
    private final int resamples;
    private final long seed;

    /**
     * Creates a paired bootstrap.
     *
     * @param resamples how many resamples, at least 100
     * @param seed the random seed
     */
    public PairedBootstrap(int resamples, long seed) {
        if (resamples < 100) {
            throw new IllegalArgumentException("at least 100 resamples are needed: " + resamples);
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * The mean of {@code treatment − control} over units, its 95% interval, and the one-sided
     * p-value of "the treatment is not lower than the control" (the share of resampled mean
     * differences at or above zero, with the usual +1 correction).
     */
    public PairedComparison compare(double[] treatment, double[] control) {
        if (treatment.length != control.length || treatment.length == 0) {
            throw new IllegalArgumentException("need the same positive number of paired values");
        }
        int n = treatment.length;
        double[] differences = new double[n];
        for (int i = 0; i < n; i++) {
            differences[i] = treatment[i] - control[i];
        }
        ConfidenceInterval interval = new Bootstrap(resamples, seed).meanInterval(differences);
        SplittableRandom random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        int notLower = 0;
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += differences[random.nextInt(n)];
            }
            if (sum >= 0) {
                notLower++;
            }
        }
        double pValue = (notLower + 1.0) / (resamples + 1.0);
        return new PairedComparison(interval, pValue);
    }

    /**
     * The result of a paired comparison.
     *
     * @param meanDifference the mean of treatment − control with its interval
     * @param pValueLower one-sided p-value for "treatment is lower than control"
     */
    public record PairedComparison(ConfidenceInterval meanDifference, double pValueLower) {
    }
}
