package org.imcbench.stats;

/**
 * The mean of a sample with Student's t interval, bound and test, which hold at small samples far
 * better than a percentile bootstrap (see {@code docs/reports.md}, "What a gate can detect").
 *
 * <p>The standard error is {@code s / √n} with the sample standard deviation {@code s}, except
 * that the sum of squared deviations is taken as at least {@code (n − 1) / n}: the spread of a
 * sample in which one value differs from the others by one point. A sample whose values are all
 * equal (five cases all scoring 5) thus keeps an interval of honest width instead of one of zero
 * width. A mean within {@value #TIE} of a tested value counts as equal to it, so rounding cannot
 * decide a test.
 */
public final class StudentMean {
    /** How close a mean must be to a tested value to count as equal to it. */
    public static final double TIE = 1e-9;

    private final int n;
    private final double mean;
    private final double standardError;

    private StudentMean(int n, double mean, double standardError) {
        this.n = n;
        this.mean = mean;
        this.standardError = standardError;
    }

    /**
     * The mean of the values.
     *
     * @throws IllegalArgumentException without values
     */
    public static StudentMean of(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        double mean = Descriptive.mean(values);
        if (n == 1) {
            return new StudentMean(1, mean, Double.NaN);
        }
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double floored = Math.max(squares, (n - 1) / (double) n);
        return new StudentMean(n, mean, Math.sqrt(floored / (n - 1) / n));
    }

    /** The number of values. */
    public int n() {
        return n;
    }

    /** The sample mean. */
    public double mean() {
        return mean;
    }

    /** The standard error of the mean (with the spread floor); {@code NaN} for one value. */
    public double standardError() {
        return standardError;
    }

    /** The two-sided interval at {@code level} (e.g. 0.95); bounds {@code NaN} for one value. */
    public ConfidenceInterval interval(double level) {
        if (n < 2) {
            return new ConfidenceInterval(mean, Double.NaN, Double.NaN, level);
        }
        double half = StudentT.quantile(1 - (1 - level) / 2, n - 1) * standardError;
        return new ConfidenceInterval(mean, mean - half, mean + half, level);
    }

    /** The one-sided lower bound at {@code level}: the mean is at least this with that confidence. */
    public double lowerBound(double level) {
        return n < 2 ? Double.NaN : mean - StudentT.quantile(level, n - 1) * standardError;
    }

    /**
     * The one-sided p-value of "the true mean is at most {@code value}": small when the sample mean
     * lies well above it. It is below {@code alpha} exactly when {@link #lowerBound} at
     * {@code 1 − alpha} lies above {@code value}. A mean within {@value #TIE} of the value gives 0.5.
     */
    public double pValueAbove(double value) {
        if (n < 2) {
            return Double.NaN;
        }
        double difference = mean - value;
        double t = Math.abs(difference) <= TIE ? 0 : difference / standardError;
        return 1 - StudentT.cdf(t, n - 1);
    }
}
