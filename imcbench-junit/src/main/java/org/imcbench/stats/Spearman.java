package org.imcbench.stats;

import java.util.Arrays;
import java.util.OptionalDouble;

/** Spearman's rank correlation: Pearson's correlation of the ranks, ties given their average rank. */
public final class Spearman {
    private Spearman() {
    }

    /** Spearman's rho of paired values; empty when either side has no variation. */
    public static OptionalDouble rho(double[] first, double[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("paired values differ in length: " + first.length + " vs " + second.length);
        }
        return pearson(ranks(first), ranks(second));
    }

    /** Pearson's correlation; empty when either side has no variation or fewer than two pairs. */
    public static OptionalDouble pearson(double[] first, double[] second) {
        int n = first.length;
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double meanFirst = Descriptive.mean(first);
        double meanSecond = Descriptive.mean(second);
        double covariance = 0;
        double varianceFirst = 0;
        double varianceSecond = 0;
        for (int i = 0; i < n; i++) {
            double a = first[i] - meanFirst;
            double b = second[i] - meanSecond;
            covariance += a * b;
            varianceFirst += a * a;
            varianceSecond += b * b;
        }
        if (varianceFirst == 0 || varianceSecond == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(covariance / Math.sqrt(varianceFirst * varianceSecond));
    }

    /** 1-based ranks, ties sharing the average of their ranks. */
    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                ranks[order[i]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }
}
