package org.imcbench.stats;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Cohen's kappa with quadratic weights between two raters on an ordinal scale (e.g. jury score vs
 * clinician score on 1..5): {@code κ = 1 − Σ w·O / Σ w·E} with {@code w = (i − j)² / (k − 1)²},
 * O the observed and E the expected (by marginals) proportions. Scores that are means (of
 * clinicians, of judges) are first put on the whole-score scale: rounded to the nearest whole
 * score, a score exactly half-way (3.5) counting half at each neighbour (3 and 4), so that
 * half-points neither always round up nor always down.
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
        return quadraticOfScores(Arrays.stream(first).asDoubleStream().toArray(),
                Arrays.stream(second).asDoubleStream().toArray(), min, max);
    }

    /**
     * Quadratic weighted kappa of paired scores in {@code min..max} that need not be whole: each is
     * rounded to the nearest whole score, one exactly half-way counting half at each neighbour.
     *
     * @return kappa, or empty when the ratings have no variation to agree on
     */
    public static OptionalDouble quadraticOfScores(double[] first, double[] second, int min, int max) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("paired ratings differ in length: " + first.length + " vs " + second.length);
        }
        int k = max - min + 1;
        if (first.length == 0 || k < 2) {
            return OptionalDouble.empty();
        }
        double[][] observed = new double[k][k];
        for (int i = 0; i < first.length; i++) {
            double[] a = split(first[i], min, max);
            double[] b = split(second[i], min, max);
            for (int x = 0; x < k; x++) {
                for (int y = 0; y < k; y++) {
                    observed[x][y] += a[x] * b[y];
                }
            }
        }
        return kappa(observed, first.length);
    }

    /** Weight per whole score (index 0 is {@code min}) of a score: 1 at the nearest, or ½ at each of two. */
    private static double[] split(double score, int min, int max) {
        if (score < min || score > max || Double.isNaN(score)) {
            throw new IllegalArgumentException("rating " + score + " outside " + min + ".." + max);
        }
        double[] weights = new double[max - min + 1];
        double below = Math.floor(score);
        double fraction = score - below;
        if (Math.abs(fraction - 0.5) < 1e-9) {
            weights[(int) below - min] += 0.5;
            weights[(int) below + 1 - min] += 0.5;
        } else {
            weights[(int) Math.round(score) - min] += 1;
        }
        return weights;
    }

    private static OptionalDouble kappa(double[][] observed, int n) {
        int k = observed.length;
        double[] rowTotals = new double[k];
        double[] columnTotals = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rowTotals[i] += observed[i][j];
                columnTotals[j] += observed[i][j];
            }
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
}
