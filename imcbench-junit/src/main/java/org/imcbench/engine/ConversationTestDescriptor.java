package org.imcbench.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.imcbench.run.CaseResult;
import org.imcbench.run.ConversationFailedException;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;

/**
 * The conversation of a case as a test: passes when every turn was answered, fails with the
 * provider's error (secrets removed) when the model under test or the patient simulator failed
 * after retries. Publishes the number of turns, who ended the conversation and a link to the case in
 * {@code report.html}.
 */
final class ConversationTestDescriptor extends CaseTestDescriptor {
    static final String SEGMENT = "test";
    static final String VALUE = "conversation";

    ConversationTestDescriptor(UniqueId caseId, String id, TestSource source, Set<TestTag> tags) {
        super(caseId.append(SEGMENT, VALUE), id + " › conversation", source, tags);
    }

    @Override
    public ImcBenchExecutionContext execute(ImcBenchExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        CaseResult result = context.result();
        Map<String, String> figures = new LinkedHashMap<>();
        result.transcript().ifPresent(transcript -> {
            figures.put("imcbench.turns", String.valueOf(transcript.turns().size()));
            figures.put("imcbench.ended-by", transcript.endedBy());
        });
        context.entries().publishForCase(this, result.benchmarkCase().id(), context.ablation(), figures);
        if (result.error().isPresent()) {
            throw new ConversationFailedException(result.error().get(), null);
        }
        return context;
    }
}
