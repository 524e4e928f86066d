package org.imcbench.engine;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.imcbench.cases.BenchmarkCase;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.TestAbortedException;

/**
 * One case: a container of its conversation test and one check per rubric dimension. Cases run
 * concurrently; the tests inside a case run in order on the case's thread.
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

    @Override
    public void around(ImcBenchExecutionContext context, Invocation<ImcBenchExecutionContext> invocation)
            throws Exception {
        context.concurrencyLimit().acquire();
        try {
            invocation.invoke(context);
        } finally {
            context.concurrencyLimit().release();
        }
    }

    /**
     * Starts the case, unless the run's budget is spent: then the case is recorded as skipped and
     * aborted with the reason, and none of its tests run. Checked after the concurrency permit is
     * taken, so a case that waited for a permit sees what the cases before it spent.
     */
    @Override
    public ImcBenchExecutionContext before(ImcBenchExecutionContext context) {
        Optional<String> overBudget = context.run().budget().exceeded();
        if (overBudget.isPresent()) {
            context.recorder().recordSkipped(benchmarkCase.id(), overBudget.get());
            throw new TestAbortedException(benchmarkCase.id() + " not started: " + overBudget.get());
        }
        return context.withCase(context.run().execution(benchmarkCase));
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
