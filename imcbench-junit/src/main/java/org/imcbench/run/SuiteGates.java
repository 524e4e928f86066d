package org.imcbench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imcbench.config.ConfigException;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.imcbench.jury.Rubric;
import org.imcbench.report.ReportComparison;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;

/**
 * The suite-level gates a configuration asks for, kind by kind ({@link GateKind}): the jury-agreement
 * gate, {@link SuiteMeanGate}s, {@link StratumGate}s, {@link AblationGate}s and, with
 * {@code imcbench.baseline}, one {@link BaselineGate} per dimension and {@code overall}. They are read
 * when the suite is discovered (each gate is a test of the plan), so that a wrong baseline path or gate
 * key stops the suite early: every {@code imcbench.gate.*} key must be of a
 * documented form, name a dimension of the rubric or {@code overall}, and an ablation variant that
 * {@code imcbench.ablations} runs.
 */
public final class SuiteGates {
    private final List<SuiteGate> gates;
    private final Optional<SuiteReport> baseline;

    private SuiteGates(List<SuiteGate> gates, Optional<SuiteReport> baseline) {
        this.gates = List.copyOf(gates);
        this.baseline = baseline;
    }

    /**
     * The gates of a configuration; reads the baseline report when one is configured.
     *
     * @param config the suite's configuration
     * @param rubric the rubric the suite is judged on
     * @throws ConfigException on a gate key that would create no gate, naming it, or a bad value
     */
    public static SuiteGates from(ImcBenchConfig config, Rubric rubric) {
        GateKind.Inputs inputs = new GateKind.Inputs(config, GateKeys.read(config, rubric),
                config.get(Settings.GATE_MIN_CASES), config.find(Settings.BASELINE).map(ReportWriter::readWithoutDetail));
        List<SuiteGate> gates = new ArrayList<>();
        for (GateKind kind : GateKind.values()) {
            gates.addAll(kind.create(inputs));
        }
        return new SuiteGates(gates, inputs.baseline());
    }

    /** The report with its comparison to the baseline, or the report itself without a baseline. */
    public SuiteReport withBaseline(SuiteReport report) {
        return baseline.map(before -> report.withBaseline(ReportComparison.compare(before, report))).orElse(report);
    }

    /** The gates to check once every case has run, in a stable order: agreement, suite, stratum, ablation, baseline. */
    public List<SuiteGate> gates() {
        return gates;
    }

    /** The gate with the given {@linkplain SuiteGate#id() id}, if the configuration has it. */
    public Optional<SuiteGate> gate(String id) {
        return gates.stream().filter(gate -> gate.id().equals(id)).findFirst();
    }
}
