package org.imcbench.stats;

import java.util.Arrays;

/**
 * A non-decreasing piecewise-linear map given by knots: linear between knots, constant beyond the
 * first and last knot.
 *
 * @param x the knots' inputs, strictly increasing
 * @param y the knots' outputs, non-decreasing
 */
public record MonotoneMap(double[] x, double[] y) {
    /** Copies the knots and checks they are monotone. */
    public MonotoneMap {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("a monotone map needs the same positive number of x and y knots");
        }
        x = x.clone();
        y = y.clone();
        for (int i = 1; i < x.length; i++) {
            if (x[i] <= x[i - 1] || y[i] < y[i - 1]) {
                throw new IllegalArgumentException("knots must increase in x and not decrease in y at index " + i);
            }
        }
    }

    /** The mapped value of {@code value}. */
    public double apply(double value) {
        if (value <= x[0]) {
            return y[0];
        }
        if (value >= x[x.length - 1]) {
            return y[y.length - 1];
        }
        int position = Arrays.binarySearch(x, value);
        if (position >= 0) {
            return y[position];
        }
        int upper = -position - 1;
        int lower = upper - 1;
        double fraction = (value - x[lower]) / (x[upper] - x[lower]);
        return y[lower] + fraction * (y[upper] - y[lower]);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MonotoneMap that && Arrays.equals(x, that.x) && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "MonotoneMap[x=" + Arrays.toString(x) + ", y=" + Arrays.toString(y) + "]";
    }
}
