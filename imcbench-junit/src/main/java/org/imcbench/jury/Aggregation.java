package org.imcbench.jury;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How the jury combines the judges' scores on one dimension. Every aggregation sorts the scores
 * first, so the order of the judges never decides anything: with an even number of judges the
 * median is the mean of the two middle scores, not one of them.
 */
public enum Aggregation {
    /** The arithmetic mean (the default). */
    MEAN,
    /** The median; the mean of the two middle scores for an even number of judges. */
    MEDIAN,
    /**
     * The mean after dropping the lowest and the highest score; with fewer than three scores nothing
     * is dropped (it is the mean).
     */
    TRIMMED_MEAN;

    /** The aggregation named {@code mean}, {@code median} or {@code trimmed-mean}. */
    public static Aggregation parse(String name) {
        return switch (name.strip()) {
            case "mean" -> MEAN;
            case "median" -> MEDIAN;
            case "trimmed-mean" -> TRIMMED_MEAN;
            default -> throw new IllegalArgumentException("must be mean, median or trimmed-mean, was '" + name + "'");
        };
    }

    /** The combined score, or empty when there are no scores. */
    public OptionalDouble apply(List<? extends Number> scores) {
        if (scores.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] sorted = scores.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int n = sorted.length;
        return switch (this) {
            case MEAN -> mean(sorted, 0, n);
            case MEDIAN -> OptionalDouble.of(n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0);
            case TRIMMED_MEAN -> n < 3 ? mean(sorted, 0, n) : mean(sorted, 1, n - 1);
        };
    }

    private static OptionalDouble mean(double[] sorted, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += sorted[i];
        }
        return OptionalDouble.of(sum / (to - from));
    }
}
