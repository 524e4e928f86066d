package org.imcbench.stats;

import java.util.OptionalDouble;

/**
 * Cohen's kappa with quadratic weights between two raters on an ordinal scale (e.g. jury score vs
 * clinician score on 1..5): {@code κ = 1 − Σ w·O / Σ w·E} with {@code w = (i − j)² / (k − 1)²},
 * O the observed and E the expected (by marginals) proportions.
 */
public final class WeightedKappa {
    private WeightedKappa() {
    }

    /**
     * Quadratic weighted kappa of paired integer ratings in {@code min..max}.
     *
     * @return kappa, or empty when the ratings have no variation to agree on
     */
    public static OptionalDouble quadratic(int[] first, int[] second, int min, int max) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("paired ratings differ in length: " + first.length + " vs " + second.length);
        }
        int k = max - min + 1;
        int n = first.length;
        if (n == 0 || k < 2) {
            return OptionalDouble.empty();
        }
        double[][] observed = new double[k][k];
        double[] rowTotals = new double[k];
        double[] columnTotals = new double[k];
        for (int i = 0; i < n; i++) {
            int a = check(first[i], min, max) - min;
            int b = check(second[i], min, max) - min;
            observed[a][b]++;
            rowTotals[a]++;
            columnTotals[b]++;
        }
        double disagreement = 0;
        double chance = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double weight = (double) (i - j) * (i - j) / ((k - 1) * (k - 1));
                disagreement += weight * observed[i][j] / n;
                chance += weight * rowTotals[i] * columnTotals[j] / ((double) n * n);
            }
        }
        return chance == 0 ? OptionalDouble.empty() : OptionalDouble.of(1 - disagreement / chance);
    }

    private static int check(int rating, int min, int max) {
        if (rating < min || rating > max) {
            throw new IllegalArgumentException("rating " + rating + " outside " + min + ".." + max);
        }
        return rating;
    }
}
