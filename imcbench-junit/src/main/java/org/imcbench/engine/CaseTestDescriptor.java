package org.imcbench.engine;

import java.util.Set;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A test inside a case: named {@code <case id> › <what>} so that a Surefire row says which case
 * and what failed, and tagged like its case so tag filters keep or drop it with the case.
 */
abstract class CaseTestDescriptor extends LeanTestDescriptor implements Node<ImcBenchExecutionContext> {
    private final Set<TestTag> tags;

    CaseTestDescriptor(UniqueId uniqueId, String displayName, TestSource source, Set<TestTag> tags) {
        super(uniqueId, displayName, source);
        this.tags = tags;
    }

    @Override
    public final Type getType() {
        return Type.TEST;
    }

    @Override
    public final Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public final String getLegacyReportingName() {
        return getDisplayName();
    }
}
