package org.imcbench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.imcbench.report.AblationReport;
import org.imcbench.report.CaseScores;
import org.imcbench.report.ReportComparison;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.Strata;
import org.imcbench.report.SuiteReport;

/**
 * The suite-level gates a configuration asks for: the jury-agreement gate, {@link SuiteMeanGate}s,
 * {@link StratumGate}s, {@link AblationGate}s and, with {@code imcbench.baseline}, one {@link BaselineGate} per dimension and
 * {@code overall}. The baseline report is read when the gates are configured, before any case runs,
 * so that a wrong path stops the suite early.
 */
public final class SuiteGates {
    private final ImcBenchConfig config;
    private final Optional<Double> minAgreementQwk;
    private final Optional<SuiteReport> baseline;

    private SuiteGates(ImcBenchConfig config, Optional<Double> minAgreementQwk, Optional<SuiteReport> baseline) {
        this.config = config;
        this.minAgreementQwk = minAgreementQwk;
        this.baseline = baseline;
    }

    /**
     * The gates of a configuration; reads the baseline report when one is configured.
     *
     * @param config the suite's configuration
     * @param minAgreementQwk the jury-agreement minimum, when configured
     */
    public static SuiteGates from(ImcBenchConfig config, Optional<Double> minAgreementQwk) {
        Optional<Path> file = config.find(Settings.BASELINE);
        return new SuiteGates(config, minAgreementQwk, file.map(ReportWriter::read));
    }

    /** The report with its comparison to the baseline, or the report itself without a baseline. */
    public SuiteReport withBaseline(SuiteReport report) {
        return baseline.map(before -> report.withBaseline(ReportComparison.compare(before, report))).orElse(report);
    }

    /** The gates to check on this report, in a stable order. */
    public List<SuiteGate> gates(SuiteReport report) {
        List<SuiteGate> gates = new ArrayList<>();
        minAgreementQwk.ifPresent(minimum -> gates.add(new AgreementGate(minimum)));
        Set<String> dimensions = new LinkedHashSet<>(CaseScores.dimensions(report.cases()));
        dimensions.addAll(new TreeSet<>(report.run().thresholds().keySet()));
        for (String dimension : dimensions) {
            config.find(Settings.GATE_SUITE_MIN.forDimension(dimension)).ifPresent(minimum -> gates.add(
                    new SuiteMeanGate(dimension, minimum,
                            config.get(Settings.GATE_SUITE_BASIS.forDimension(dimension)).equals("lower-bound"))));
        }
        for (String stratum : Strata.of(report.cases()).keySet()) {
            for (String dimension : dimensions) {
                config.find(Settings.GATE_STRATUM_MIN.forStratum(stratum.replace('=', '.')).forDimension(dimension))
                        .ifPresent(minimum -> gates.add(new StratumGate(stratum, dimension, minimum)));
            }
        }
        for (AblationReport ablation : report.ablations()) {
            for (String dimension : dimensions) {
                config.find(Settings.GATE_ABLATION_MIN_DROP.forVariant(ablation.variant()).forDimension(dimension))
                        .ifPresent(minDrop -> gates.add(new AblationGate(ablation.variant(), dimension, minDrop)));
            }
        }
        baseline.ifPresent(before -> CaseScores.dimensions(before.cases()).forEach(dimension -> gates.add(
                new BaselineGate(before, dimension, config.get(Settings.GATE_BASELINE_MAX_DROP),
                        config.get(Settings.GATE_BASELINE_ALPHA)))));
        return gates;
    }
}
