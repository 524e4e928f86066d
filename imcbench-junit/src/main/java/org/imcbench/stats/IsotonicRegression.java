package org.imcbench.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fits a non-decreasing map from x to y by pool-adjacent-violators: the least-squares fit among all
 * monotone maps. Used to calibrate jury scores to clinician scores.
 */
public final class IsotonicRegression {
    private IsotonicRegression() {
    }

    /**
     * Fits the monotone map of paired observations.
     *
     * @param x e.g. jury scores
     * @param y e.g. clinician scores for the same items
     */
    public static MonotoneMap fit(double[] x, double[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("need the same positive number of x and y values");
        }
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            points.add(new double[] {x[i], y[i]});
        }
        points.sort(Comparator.comparingDouble(point -> point[0]));
        // Blocks of (sum of y, weight, first x, last x); equal x values start in one block.
        List<double[]> blocks = new ArrayList<>();
        for (double[] point : points) {
            double[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last != null && last[3] == point[0]) {
                last[0] += point[1];
                last[1] += 1;
            } else {
                blocks.add(new double[] {point[1], 1, point[0], point[0]});
            }
            while (blocks.size() > 1) {
                double[] right = blocks.get(blocks.size() - 1);
                double[] left = blocks.get(blocks.size() - 2);
                if (left[0] / left[1] <= right[0] / right[1]) {
                    break;
                }
                left[0] += right[0];
                left[1] += right[1];
                left[3] = right[3];
                blocks.remove(blocks.size() - 1);
            }
        }
        List<double[]> knots = new ArrayList<>();
        for (double[] block : blocks) {
            double level = block[0] / block[1];
            knots.add(new double[] {block[2], level});
            if (block[3] != block[2]) {
                knots.add(new double[] {block[3], level});
            }
        }
        double[] knotX = knots.stream().mapToDouble(knot -> knot[0]).toArray();
        double[] knotY = knots.stream().mapToDouble(knot -> knot[1]).toArray();
        return new MonotoneMap(knotX, knotY);
    }
}
