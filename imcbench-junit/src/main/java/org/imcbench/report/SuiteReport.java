package org.imcbench.report;

import java.util.List;

/**
 * The JSON report of one suite run ({@code report.json}). Its shape is versioned by
 * {@link #SCHEMA_VERSION}; fields are only added within a version.
 *
 * @param schemaVersion the report schema version
 * @param suite the suite's name
 * @param startedAt when the run started (ISO-8601)
 * @param finishedAt when the run finished (ISO-8601)
 * @param simulated whether the model under test or the jury was simulated
 * @param notice the simulation notice, empty for real runs
 * @param run what the run used
 * @param summary counts and means
 * @param cases one entry per case, in discovery order
 * @param statistics means, intervals and strata computed from {@code cases} alone
 * @param baseline with {@code imcbench.baseline}: this report compared with the baseline report,
 *     otherwise {@code null}
 * @param ablations with {@code imcbench.ablations}: each variant's cases and its drop vs the full cases
 *     (empty otherwise); {@code cases}, {@code statistics} and the gates are about the full cases only
 * @param partial what the run's selection left out of the suite (e.g. {@code 1 of 8 cases selected}), or
 *     {@code null} for a run of the whole suite
 * @param gates the suite's gates, each passed, failed or (on a partial run) skipped
 */
public record SuiteReport(int schemaVersion, String suite, String startedAt, String finishedAt, boolean simulated,
        String notice, RunReport run, SummaryReport summary, List<CaseReport> cases,
        StatisticsReport statistics, ComparisonReport baseline, List<AblationReport> ablations, String partial,
        List<GateReport> gates) {

    /** Treats absent ablations and gates (reports written before they existed) as none. */
    public SuiteReport {
        ablations = ablations == null ? List.of() : List.copyOf(ablations);
        gates = gates == null ? List.of() : List.copyOf(gates);
    }

    /** The current report schema version. */
    public static final int SCHEMA_VERSION = 1;

    /** This report with its comparison to a baseline. */
    public SuiteReport withBaseline(ComparisonReport comparison) {
        return new SuiteReport(schemaVersion, suite, startedAt, finishedAt, simulated, notice, run, summary, cases,
                statistics, comparison, ablations, partial, gates);
    }

    /** This report with other lists of its cases and its variants' cases (e.g. read back from disk). */
    public SuiteReport withCases(List<CaseReport> cases, List<AblationReport> ablations) {
        return new SuiteReport(schemaVersion, suite, startedAt, finishedAt, simulated, notice, run, summary, cases,
                statistics, baseline, ablations, partial, gates);
    }

    /** This report with its gates' results. */
    public SuiteReport withGates(List<GateReport> results) {
        return new SuiteReport(schemaVersion, suite, startedAt, finishedAt, simulated, notice, run, summary, cases,
                statistics, baseline, ablations, partial, results);
    }
}
