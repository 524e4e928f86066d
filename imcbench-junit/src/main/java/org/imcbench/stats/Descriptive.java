package org.imcbench.stats;

/** Means and spreads of samples. */
public final class Descriptive {
    private Descriptive() {
    }

    /** The arithmetic mean; {@code NaN} for an empty sample. */
    public static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** The sample standard deviation (n − 1); {@code NaN} for fewer than two values. */
    public static double standardDeviation(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    /** The median; {@code NaN} for an empty sample. */
    public static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /**
     * The {@code p}-quantile with linear interpolation between order statistics (type 7, as R's
     * default and NumPy's); {@code NaN} for an empty sample.
     */
    public static double quantile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("quantile must be in 0..1: " + p);
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
