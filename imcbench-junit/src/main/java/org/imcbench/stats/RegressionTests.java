package org.imcbench.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The regression decision of a family of baseline comparisons (one per dimension): for each, the
 * one-sided paired t-test ({@link StudentMean}) of "mean drop ≤ max-drop" on the per-case drops
 * {@code baseline − candidate}, the p-values adjusted across the family by {@link HolmBonferroni}.
 * A member regressed when its mean drop exceeds max-drop (beyond {@value StudentMean#TIE}) and its
 * adjusted p-value is below alpha; its bound is the one-sided lower bound of the mean drop at its Holm
 * level {@code alpha / (m − rank + 1)} (rank of its raw p-value among the {@code m} members), which
 * exceeds max-drop exactly when its raw p-value is below that level.
 */
public final class RegressionTests {
    private RegressionTests() {
    }

    /**
     * One member's test.
     *
     * @param drop the mean drop with its standard error
     * @param pValue the raw one-sided p-value of "mean drop ≤ max-drop"
     * @param adjusted its Holm-adjusted p-value
     * @param level the member's Holm level; its bound is at confidence {@code 1 − level}
     * @param regressed whether the member fails: mean drop above max-drop and adjusted p-value below alpha
     */
    public record Result(StudentMean drop, double pValue, double adjusted, double level, boolean regressed) {
        /** The one-sided lower bound of the mean drop at confidence {@code 1 − level}. */
        public double lowerBound() {
            return drop.lowerBound(1 - level);
        }
    }

    /**
     * Tests every member of the family.
     *
     * @param drops per member, the per-case drops (at least two cases each)
     * @param maxDrop the tolerated mean drop
     * @param alpha the family-wise significance level
     * @return one result per member, in the given order
     */
    public static List<Result> test(List<double[]> drops, double maxDrop, double alpha) {
        int m = drops.size();
        StudentMean[] means = new StudentMean[m];
        double[] pValues = new double[m];
        for (int i = 0; i < m; i++) {
            if (drops.get(i).length < 2) {
                throw new IllegalArgumentException("a regression test needs at least two cases");
            }
            means[i] = StudentMean.of(drops.get(i));
            pValues[i] = means[i].pValueAbove(maxDrop);
        }
        double[] adjusted = HolmBonferroni.adjust(pValues);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            int rank = 1;
            for (int j = 0; j < m; j++) {
                if (pValues[j] < pValues[i] || (pValues[j] == pValues[i] && j < i)) {
                    rank++;
                }
            }
            boolean regressed = means[i].mean() > maxDrop + StudentMean.TIE && adjusted[i] < alpha;
            results.add(new Result(means[i], pValues[i], adjusted[i], alpha / (m - rank + 1), regressed));
        }
        return results;
    }
}
