package org.imcbench.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.CaseSource;
import org.imcbench.conversation.Ablation;

/**
 * What to run of one case: its conversation, the dimensions to check (the jury judges it only when
 * there is one) and, per ablation variant to run, that variant's dimensions. The JUnit adapters derive
 * it from the tests selected; a case's work does no more than its selected tests report.
 *
 * @param source where the case's content comes from when it runs (kept as text between discovery and run)
 * @param checks the dimensions to check the full case on, in rubric order
 * @param variants the dimensions to check each variant on, per variant in run order
 */
public record CasePlan(CaseSource source, List<String> checks, Map<Ablation, List<String>> variants) {

    /** Copies the collections, keeping the variants' order. */
    public CasePlan {
        Objects.requireNonNull(source, "source");
        checks = List.copyOf(checks);
        Map<Ablation, List<String>> copy = new LinkedHashMap<>();
        variants.forEach((ablation, dimensions) -> copy.put(ablation, List.copyOf(dimensions)));
        variants = Collections.unmodifiableMap(copy);
    }

    /** The whole case: its conversation and a check on every given dimension, no variant. */
    public static CasePlan of(BenchmarkCase benchmarkCase, List<String> dimensions) {
        return new CasePlan(CaseSource.of(benchmarkCase), dimensions, Map.of());
    }

    /** The case's id. */
    public String id() {
        return source.id();
    }
}
