package org.imcbench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fits a non-decreasing map from x to y by pool-adjacent-violators: the least-squares fit among all
 * monotone maps. Used to calibrate jury scores to clinician scores. Points with the same x (jury
 * scores are heavily tied) are first collapsed into one point, their mean y weighted by their
 * count, so the fit does not depend on the order of the points.
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
        // Sum of y and count per distinct x, in increasing x.
        TreeMap<Double, double[]> tied = new TreeMap<>();
        for (int i = 0; i < x.length; i++) {
            double[] point = tied.computeIfAbsent(x[i], key -> new double[2]);
            point[0] += y[i];
            point[1] += 1;
        }
        // Blocks of (sum of y, weight, first x, last x), pooled while a block's mean exceeds the next one's.
        List<double[]> blocks = new ArrayList<>();
        for (Map.Entry<Double, double[]> point : tied.entrySet()) {
            blocks.add(new double[] {point.getValue()[0], point.getValue()[1], point.getKey(), point.getKey()});
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
