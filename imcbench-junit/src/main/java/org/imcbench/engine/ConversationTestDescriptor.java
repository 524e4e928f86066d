package org.imcbench.engine;

import java.util.Set;
import org.imcbench.conversation.Transcript;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * The conversation of a case as a test: passes when every turn was answered, fails with the
 * provider's error (secrets removed) when the model under test or the patient simulator failed
 * after retries.
 */
final class ConversationTestDescriptor extends CaseTestDescriptor {
    static final String SEGMENT = "test";
    static final String VALUE = "conversation";

    ConversationTestDescriptor(UniqueId caseId, String id, TestSource source, Set<TestTag> tags) {
        super(caseId.append(SEGMENT, VALUE), id + " › conversation", source, tags);
    }

    @Override
    public ImcBenchExecutionContext execute(ImcBenchExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        Transcript transcript = context.caseExecution().transcript();
        context.listener().reportingEntryPublished(this, ReportEntry.from(java.util.Map.of(
                "imcbench.turns", String.valueOf(transcript.turns().size()),
                "imcbench.ended-by", transcript.endedBy())));
        return context;
    }
}
