package org.imcbench.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of the p-values of a family of tests: rejecting every test whose
 * adjusted p-value is below {@code alpha} keeps the chance of any false rejection in the family at
 * most {@code alpha}, whatever the dependence between the tests.
 */
public final class HolmBonferroni {
    private HolmBonferroni() {
    }

    /**
     * The adjusted p-values, in the order given: with the raw p-values sorted ascending
     * {@code p(1) ≤ … ≤ p(m)}, the adjusted {@code p(j)} is {@code max over i ≤ j of min(1, (m − i + 1)·p(i))}.
     */
    public static double[] adjust(double[] pValues) {
        int m = pValues.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            running = Math.max(running, Math.min(1, (m - rank) * pValues[order[rank]]));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }
}
