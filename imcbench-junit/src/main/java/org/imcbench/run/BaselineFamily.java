package org.imcbench.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imcbench.report.CaseScores;
import org.imcbench.report.SuiteReport;
import org.imcbench.stats.RegressionTests;

/**
 * The family of a run's {@link BaselineGate}s, one per dimension of the baseline and {@code overall}:
 * tests each dimension's drop against {@code max-drop} and adjusts the p-values across the family
 * (Holm–Bonferroni), so that with no true regression the chance that any of them fails stays at
 * most {@code alpha}. Dimensions with fewer than {@code imcbench.gate.min-cases} paired cases are
 * not tested and not in the family.
 *
 * <p>Each dimension: over the case ids judged on it in both reports, the drop of a case is
 * {@code baseline − candidate}; {@link RegressionTests} decides.
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
        List<double[]> familyDrops = new ArrayList<>();
        for (String dimension : dimensions) {
            Map<String, Double> before = CaseScores.byCase(baseline.cases(), dimension);
            Map<String, Double> after = CaseScores.byCase(candidate.cases(), dimension);
            List<String> paired = before.keySet().stream().filter(after::containsKey).toList();
            found.put(dimension, new Finding(paired, before, after, null, 0));
            if (paired.size() >= Math.max(2, minCases)) {
                family.add(dimension);
                familyDrops.add(paired.stream().mapToDouble(id -> before.get(id) - after.get(id)).toArray());
            }
        }
        List<RegressionTests.Result> results = RegressionTests.test(familyDrops, maxDrop, alpha);
        for (int i = 0; i < family.size(); i++) {
            Finding untested = found.get(family.get(i));
            found.put(family.get(i), new Finding(untested.paired(), untested.before(), untested.after(),
                    results.get(i), family.size()));
        }
        return found;
    }

    /**
     * One dimension's test.
     *
     * @param paired the case ids judged on it in both reports
     * @param before baseline score per case
     * @param after candidate score per case
     * @param test the test within the family, {@code null} when there are fewer than {@code min-cases}
     *     paired cases
     * @param familySize how many dimensions were tested
     */
    record Finding(List<String> paired, Map<String, Double> before, Map<String, Double> after,
            RegressionTests.Result test, int familySize) {
    }
}
