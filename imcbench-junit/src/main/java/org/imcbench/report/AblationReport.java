package org.imcbench.report;

import java.util.Collections;
import java.util.List;

/**
 * One ablation variant of every case ({@code imcbench.ablations}): its case reports and its paired
 * comparison with the full conversations over the same case ids. A drop is {@code full − variant},
 * so it is {@code −meanDifference} of the comparison.
 *
 * @param variant e.g. {@code no-image}, {@code no-ehr}, {@code no-image+no-ehr}
 * @param cases the variant's case reports, ids as in the full cases
 * @param comparison the variant (candidate) compared with the full cases (baseline {@code full})
 */
public record AblationReport(String variant, List<CaseReport> cases, ComparisonReport comparison) {

    /**
     * Keeps the cases as given, unmodifiable, without copying them: a run's variant cases are read back from
     * disk when asked for.
     */
    public AblationReport {
        cases = Collections.unmodifiableList(cases);
    }

    /** The variant's report from its cases and the full cases. */
    public static AblationReport of(String variant, List<CaseReport> full, List<CaseReport> cases) {
        return new AblationReport(variant, cases, ReportComparison.compare("full", full, variant, cases));
    }
}
