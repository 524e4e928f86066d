package org.imcbench.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imcbench.report.CaseScores;
import org.imcbench.report.SuiteReport;
import org.imcbench.stats.HolmBonferroni;
import org.imcbench.stats.StudentMean;

/**
 * The family of a run's {@link BaselineGate}s, one per dimension of the baseline and {@code overall}:
 * tests each dimension's drop against {@code max-drop} and adjusts the p-values across the family
 * (Holm–Bonferroni), so that with no true regression the chance that any of them fails stays at
 * most {@code alpha}. Dimensions with fewer than {@code imcbench.gate.min-cases} paired cases are
 * not tested and not in the family.
 *
 * <p>Each dimension: over the case ids judged on it in both reports, the drop of a case is
 * {@code baseline − candidate}; the one-sided paired t-test ({@link StudentMean}) of "mean drop ≤
 * max-drop" gives the raw p-value, and the one-sided lower bound of the mean drop at the
 * dimension's Holm level ({@code alpha / (m − rank + 1)}, rank of its raw p-value among the
 * {@code m} tested) is the bound that test compares with {@code max-drop}.
 */
public final class BaselineFamily {
    private final SuiteReport baseline;
    private final List<String> dimensions;
    private final double maxDrop;
    private final double alpha;
    private final int minCases;
    private SuiteReport tested;
    private Map<String, Finding> findings;

    /**
     * The family of gates on the given dimensions.
     *
     * @param baseline the baseline report
     * @param dimensions the dimensions (and {@code overall}) to test, one gate each
     * @param maxDrop the tolerated mean drop in jury points
     * @param alpha the family-wise significance level
     * @param minCases the least number of paired cases a dimension is tested on
     */
    public BaselineFamily(SuiteReport baseline, List<String> dimensions, double maxDrop, double alpha, int minCases) {
        this.baseline = baseline;
        this.dimensions = List.copyOf(dimensions);
        this.maxDrop = maxDrop;
        this.alpha = alpha;
        this.minCases = minCases;
    }

    /** The dimensions of the family, one {@link BaselineGate} each. */
    public List<String> dimensions() {
        return dimensions;
    }

    SuiteReport baseline() {
        return baseline;
    }

    double maxDrop() {
        return maxDrop;
    }

    double alpha() {
        return alpha;
    }

    int minCases() {
        return minCases;
    }

    /** What the family found on the dimension of this candidate (computed once per candidate report). */
    synchronized Finding finding(SuiteReport candidate, String dimension) {
        if (candidate != tested) {
            findings = test(candidate);
            tested = candidate;
        }
        return findings.get(dimension);
    }

    private Map<String, Finding> test(SuiteReport candidate) {
        Map<String, Finding> found = new LinkedHashMap<>();
        List<String> family = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (String dimension : dimensions) {
            Map<String, Double> before = CaseScores.byCase(baseline.cases(), dimension);
            Map<String, Double> after = CaseScores.byCase(candidate.cases(), dimension);
            List<String> paired = before.keySet().stream().filter(after::containsKey).toList();
            double[] drops = paired.stream().mapToDouble(id -> before.get(id) - after.get(id)).toArray();
            StudentMean drop = paired.size() < Math.max(2, minCases) ? null : StudentMean.of(drops);
            found.put(dimension, new Finding(paired, before, after, drop, Double.NaN, Double.NaN, Double.NaN, 0));
            if (drop != null) {
                family.add(dimension);
                raw.add(drop.pValueAbove(maxDrop));
            }
        }
        double[] pValues = raw.stream().mapToDouble(Double::doubleValue).toArray();
        double[] adjusted = HolmBonferroni.adjust(pValues);
        int m = pValues.length;
        for (int i = 0; i < m; i++) {
            int rank = 1;
            for (int j = 0; j < m; j++) {
                if (pValues[j] < pValues[i] || (pValues[j] == pValues[i] && j < i)) {
                    rank++;
                }
            }
            double level = alpha / (m - rank + 1);
            Finding finding = found.get(family.get(i));
            found.put(family.get(i), new Finding(finding.paired(), finding.before(), finding.after(), finding.drop(),
                    pValues[i], adjusted[i], level, m));
        }
        return found;
    }

    /**
     * One dimension's test.
     *
     * @param paired the case ids judged on it in both reports
     * @param before baseline score per case
     * @param after candidate score per case
     * @param drop the mean drop, {@code null} when there are fewer than {@code min-cases} paired cases
     * @param pValue the raw one-sided p-value of "mean drop ≤ max-drop"
     * @param adjusted its Holm-adjusted p-value
     * @param level the dimension's Holm level: the one-sided bound is at {@code 1 − level}
     * @param familySize how many dimensions were tested
     */
    record Finding(List<String> paired, Map<String, Double> before, Map<String, Double> after, StudentMean drop,
            double pValue, double adjusted, double level, int familySize) {
    }
}
