package org.imcbench.engine;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imcbench.cases.CaseLabels;
import org.imcbench.cases.StoredCase;
import org.imcbench.conversation.Ablation;
import org.imcbench.run.CaseOutcome;
import org.imcbench.run.CasePlan;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.TestAbortedException;

/**
 * One case: a container of its conversation test, one check per rubric dimension and its ablation
 * variants. Its work (conversation, jury, then each variant's) runs on the suite's workers from the
 * moment the suite starts; the case waits for it and then its tests report it, in order, on the
 * reporting thread.
 */
final class CaseDescriptor extends LeanTestDescriptor implements Node<ImcBenchExecutionContext> {
    static final String SEGMENT = "case";

    private final StoredCase content;
    private final Set<TestTag> tags;
    private int tests;

    /**
     * A case's node: named ({@link #displayName}) and tagged ({@link #tagsOf}: one set shared by the cases
     * that have the same tags) from the case as it was read, which it does not keep; the case's content
     * is read again from its file when the case runs.
     */
    CaseDescriptor(UniqueId uniqueId, String displayName, StoredCase content, TestSource source, Set<TestTag> tags) {
        super(uniqueId, displayName, source);
        this.content = content;
        this.tags = tags;
    }

    /** A case's name in the test tree: {@code <id> — <title>}. */
    static String displayName(CaseLabels labels) {
        return labels.id() + " — " + labels.title();
    }

    /** The case's id. */
    String caseId() {
        return content.id();
    }

    /** The case's content, parsed when asked for. */
    StoredCase content() {
        return content;
    }

    /** The line of its file the case starts on (1 unless the file is {@code .jsonl}). */
    int line() {
        return content.line();
    }

    /** Notes that every test of the case has been added: a selection that drops some makes a partial run. */
    void discovered() {
        tests = countTests(this);
    }

    /** Whether every test the case was discovered with is still selected. */
    boolean isWhole() {
        return countTests(this) == tests;
    }

    /** What to run of the case: the checks selected under it and under each selected variant. */
    CasePlan plan() {
        Map<Ablation, List<String>> variants = new LinkedHashMap<>();
        for (TestDescriptor child : getChildren()) {
            if (child instanceof VariantDescriptor variant) {
                variants.put(variant.ablation(), checks(variant));
            }
        }
        return new CasePlan(content, checks(this), variants);
    }

    private static List<String> checks(TestDescriptor parent) {
        return parent.getChildren().stream()
                .filter(DimensionCheckDescriptor.class::isInstance)
                .map(check -> ((DimensionCheckDescriptor) check).dimension())
                .toList();
    }

    /** The tests at or below a descriptor, counted over its children (no set of every descendant is built). */
    private static int countTests(TestDescriptor descriptor) {
        int tests = descriptor.isTest() ? 1 : 0;
        for (TestDescriptor child : descriptor.getChildren()) {
            tests += countTests(child);
        }
        return tests;
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
        return content.id();
    }

    /**
     * Waits for the case's work. A case not started (the run's deadline passed or its suite's budget was
     * spent) is aborted with the reason, and none of its tests run; a case that cannot be read in full (a problem
     * discovery does not look for, a case file changed since discovery) or is stopped before its conversation (an
     * image that does not fit it) fails with the problem.
     */
    @Override
    public ImcBenchExecutionContext before(ImcBenchExecutionContext context) {
        CaseOutcome outcome = context.run().await(content.id());
        if (outcome.problem().isPresent()) {
            throw outcome.problem().get();
        }
        if (outcome.notStarted().isPresent()) {
            throw new TestAbortedException(content.id() + " not started: " + outcome.notStarted().get());
        }
        return context.withCase(outcome);
    }

    /** What a case's JUnit tags are made from: {@code malignant}, {@code rare}, its modality, specialty and tags. */
    static Set<String> tagNames(CaseLabels labels) {
        Set<String> names = new LinkedHashSet<>();
        if (labels.malignant()) {
            names.add("malignant");
        }
        if (labels.rare()) {
            names.add("rare");
        }
        names.add(labels.modality());
        names.add(labels.specialty());
        names.addAll(labels.tags());
        return names;
    }

    /** JUnit tags of a case from its {@link #tagNames}: each made a valid tag, or left out. */
    static Set<TestTag> tagsOf(Set<String> names) {
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
