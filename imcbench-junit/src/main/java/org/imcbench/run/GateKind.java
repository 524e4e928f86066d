package org.imcbench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imcbench.config.Basis;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Setting;
import org.imcbench.config.Settings;
import org.imcbench.report.CaseScores;
import org.imcbench.report.SuiteReport;

/**
 * Every kind of suite gate, in the order its gates run: how configuration asks for it and how its gates
 * are made. A new kind of gate is one constant here, its {@link SuiteGate} class, its keys in
 * {@link Settings} and its row in the docs.
 */
enum GateKind {
    /** The jury's agreement with clinicians ({@code imcbench.jury.min-agreement.qwk}). */
    AGREEMENT {
        @Override
        List<SuiteGate> create(Inputs inputs) {
            return inputs.config().find(Settings.JURY_MIN_AGREEMENT_QWK)
                    .<List<SuiteGate>>map(minimum -> List.of(new AgreementGate(minimum))).orElse(List.of());
        }
    },
    /** A dimension's suite mean ({@code imcbench.gate.suite.<dimension>.min}). */
    SUITE_MEAN(Settings.GATE_SUITE_MIN, Settings.GATE_SUITE_BASIS) {
        @Override
        SuiteGate create(GateKeys.Key key, double bound, boolean lowerBound, int minCases) {
            return new SuiteMeanGate(key.dimension(), bound, lowerBound, minCases);
        }
    },
    /** A stratum's mean ({@code imcbench.gate.stratum.<stratum>.<dimension>.min}). */
    STRATUM_MEAN(Settings.GATE_STRATUM_MIN, Settings.GATE_STRATUM_BASIS) {
        @Override
        SuiteGate create(GateKeys.Key key, double bound, boolean lowerBound, int minCases) {
            return new StratumGate(key.stratum(), key.dimension(), bound, lowerBound, minCases);
        }
    },
    /** The drop of an ablation variant ({@code imcbench.gate.ablation.<variant>.<dimension>.min-drop}). */
    ABLATION_DROP(Settings.GATE_ABLATION_MIN_DROP, Settings.GATE_ABLATION_BASIS) {
        @Override
        SuiteGate create(GateKeys.Key key, double bound, boolean lowerBound, int minCases) {
            return new AblationGate(key.variant(), key.dimension(), bound, lowerBound, minCases);
        }
    },
    /** No regression against the baseline report, one gate per dimension ({@code imcbench.baseline}). */
    BASELINE {
        @Override
        List<SuiteGate> create(Inputs inputs) {
            return inputs.baseline().<List<SuiteGate>>map(before -> {
                BaselineFamily family = new BaselineFamily(before, CaseScores.dimensions(before.cases()),
                        inputs.config().get(Settings.GATE_BASELINE_MAX_DROP),
                        inputs.config().get(Settings.GATE_BASELINE_ALPHA), inputs.minCases());
                return family.dimensions().stream().<SuiteGate>map(dimension -> new BaselineGate(family, dimension))
                        .toList();
            }).orElse(List.of());
        }
    };

    private final Setting<Double> bound;
    private final Setting<Basis> basis;

    GateKind() {
        this(null, null);
    }

    GateKind(Setting<Double> bound, Setting<Basis> basis) {
        this.bound = bound;
        this.basis = basis;
    }

    /**
     * What every kind's gates are made from.
     *
     * @param config the suite's configuration
     * @param keys its checked {@code imcbench.gate.*} keys
     * @param minCases the fewest cases a gate decides on ({@code imcbench.gate.min-cases})
     * @param baseline the baseline report, when {@code imcbench.baseline} is set
     */
    record Inputs(ImcBenchConfig config, GateKeys keys, int minCases, Optional<SuiteReport> baseline) {
    }

    /** This kind's gates: by default one per key of its bound's form, with its basis. */
    List<SuiteGate> create(Inputs inputs) {
        List<SuiteGate> gates = new ArrayList<>();
        for (GateKeys.Key key : inputs.keys().inForm(bound)) {
            gates.add(create(key, inputs.config().get(key.concrete(bound)),
                    inputs.config().get(key.concrete(basis)) == Basis.LOWER_BOUND, inputs.minCases()));
        }
        return gates;
    }

    /** The gate of one key of a kind with a bound and a basis. */
    SuiteGate create(GateKeys.Key key, double bound, boolean lowerBound, int minCases) {
        throw new UnsupportedOperationException(name() + " has no keyed gates");
    }

    /** Each basis setting with the bound setting it qualifies, e.g. {@code …suite.<dimension>.basis → …min}. */
    static Map<Setting<?>, Setting<?>> boundOfBasis() {
        return Stream.of(values()).filter(kind -> kind.basis != null)
                .collect(Collectors.toMap(kind -> kind.basis, kind -> kind.bound));
    }
}
