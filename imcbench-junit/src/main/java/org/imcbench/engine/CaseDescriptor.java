package org.imcbench.engine;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.conversation.Ablation;
import org.imcbench.run.CaseExecution;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.TestAbortedException;

/**
 * One case: a container of its conversation test, one check per rubric dimension and its ablation
 * variants. Cases run concurrently; a case does its work first and then its tests report it, in order
 * on the case's thread, one case at a time.
 */
final class CaseDescriptor extends AbstractTestDescriptor implements Node<ImcBenchExecutionContext> {
    static final String SEGMENT = "case";

    private final BenchmarkCase benchmarkCase;
    private final int line;
    private final Set<TestTag> tags;

    CaseDescriptor(UniqueId uniqueId, BenchmarkCase benchmarkCase, int line, TestSource source) {
        super(uniqueId, benchmarkCase.id() + " — " + benchmarkCase.title(), source);
        this.benchmarkCase = benchmarkCase;
        this.line = line;
        this.tags = tagsOf(benchmarkCase);
    }

    BenchmarkCase benchmarkCase() {
        return benchmarkCase;
    }

    /** The line of its file the case starts on (1 unless the file is {@code .jsonl}). */
    int line() {
        return line;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public String getLegacyReportingName() {
        return benchmarkCase.id();
    }

    @Override
    public ExecutionMode getExecutionMode() {
        return ExecutionMode.CONCURRENT;
    }

    /**
     * Runs the case under a concurrency permit: first its work (conversation and jury, then those of its
     * ablation variants), unless the run's budget is spent; then, holding the reporting lock, its tests,
     * which only report what the work produced. The budget is checked after the permit is taken, so a
     * case that waited for a permit sees what the cases before it spent; a case over budget is recorded
     * as skipped and aborted with the reason, and none of its tests run.
     */
    @Override
    public void around(ImcBenchExecutionContext context, Invocation<ImcBenchExecutionContext> invocation)
            throws Exception {
        context.concurrencyLimit().acquire();
        try {
            Optional<String> overBudget = context.run().budget().exceeded();
            if (overBudget.isPresent()) {
                context.recorder().recordSkipped(benchmarkCase.id(), overBudget.get());
                throw new TestAbortedException(benchmarkCase.id() + " not started: " + overBudget.get());
            }
            ImcBenchExecutionContext caseContext = runAhead(context);
            context.reportingLock().lock();
            try {
                invocation.invoke(caseContext);
            } finally {
                context.reportingLock().unlock();
            }
        } finally {
            context.concurrencyLimit().release();
        }
    }

    /** Runs the work the selected tests will report: the full case's, then each selected variant's. */
    private ImcBenchExecutionContext runAhead(ImcBenchExecutionContext context) {
        CaseExecution full = context.run().execution(benchmarkCase);
        full.runAhead(hasChild(this, DimensionCheckDescriptor.class));
        Map<Ablation, CaseExecution> variants = new LinkedHashMap<>();
        for (TestDescriptor child : getChildren()) {
            if (child instanceof VariantDescriptor variant) {
                CaseExecution execution = context.run().execution(benchmarkCase, variant.ablation());
                execution.runAhead(hasChild(variant, DimensionCheckDescriptor.class));
                variants.put(variant.ablation(), execution);
            }
        }
        return context.withCase(full, variants);
    }

    private static boolean hasChild(TestDescriptor parent, Class<? extends TestDescriptor> type) {
        return parent.getChildren().stream().anyMatch(type::isInstance);
    }

    @Override
    public void after(ImcBenchExecutionContext context) {
        if (context.caseExecution() != null) {
            context.recorder().record(context.caseExecution().result());
        }
    }

    /** JUnit tags of a case: {@code malignant}, {@code rare}, its modality, specialty and tags. */
    static Set<TestTag> tagsOf(BenchmarkCase benchmarkCase) {
        Set<String> names = new LinkedHashSet<>();
        if (benchmarkCase.malignant()) {
            names.add("malignant");
        }
        if (benchmarkCase.rare()) {
            names.add("rare");
        }
        if (benchmarkCase.modality() != null) {
            names.add(benchmarkCase.modality());
        }
        if (benchmarkCase.specialty() != null) {
            names.add(benchmarkCase.specialty());
        }
        names.addAll(benchmarkCase.tags());
        Set<TestTag> tags = new LinkedHashSet<>();
        for (String name : names) {
            String tag = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s,()&|!]+", "-");
            if (TestTag.isValid(tag)) {
                tags.add(TestTag.create(tag));
            }
        }
        return Set.copyOf(tags);
    }
}
