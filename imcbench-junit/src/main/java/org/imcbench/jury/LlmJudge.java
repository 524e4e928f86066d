package org.imcbench.jury;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imcbench.model.ChatMessage;
import org.imcbench.model.ChatModel;
import org.imcbench.model.ChatRequest;
import org.imcbench.model.ChatResponse;
import org.imcbench.model.ModelException;
import org.imcbench.model.Usage;

/**
 * A judge backed by a chat model. It sends the prompt of {@link JudgePrompt} (rubric with anchors,
 * ground truth, EHR context, the transcript as quoted data) at the input's temperature (0 by default) with the
 * {@link VerdictSchema} as structured output, and reads the answer tolerantly with
 * {@link VerdictParser}. An unusable answer gets exactly one repair retry: the same conversation
 * plus the bad answer and a message saying what was wrong. If that answer is unusable too, or the
 * model fails, it throws a {@link JudgeException} carrying the last raw answer. Usage is summed over
 * both calls. Thread-safe when the model is.
 */
public final class LlmJudge implements Judge {
    /** Default answer budget: enough for three rationales. */
    public static final int DEFAULT_MAX_TOKENS = 1500;

    private final ChatModel model;
    private final int maxTokens;

    /** A judge using the given model with {@link #DEFAULT_MAX_TOKENS}. */
    public LlmJudge(ChatModel model) {
        this(model, DEFAULT_MAX_TOKENS);
    }

    /**
     * A judge using the given model.
     *
     * @param model the judge model
     * @param maxTokens the answer budget per call
     */
    public LlmJudge(ChatModel model, int maxTokens) {
        this.model = Objects.requireNonNull(model, "model");
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive: " + maxTokens);
        }
        this.maxTokens = maxTokens;
    }

    /** The model's name, e.g. {@code openai:gpt-4.1}. */
    @Override
    public String name() {
        return model.name();
    }

    @Override
    public JudgeVerdict judge(JudgeInput input) {
        Rubric rubric = input.rubric();
        List<ChatMessage> messages = JudgePrompt.messages(input);
        ChatResponse first = call(messages, input, "");
        try {
            return verdict(first.text(), rubric, first.usage());
        } catch (VerdictParser.UnusableAnswer firstProblem) {
            List<ChatMessage> repair = new ArrayList<>(messages);
            repair.add(ChatMessage.assistant(first.text().isBlank() ? "(empty answer)" : first.text()));
            repair.add(ChatMessage.user(JudgePrompt.repair(firstProblem.getMessage(), rubric)));
            ChatResponse second = call(repair, input, first.text());
            try {
                return verdict(second.text(), rubric, first.usage().plus(second.usage()));
            } catch (VerdictParser.UnusableAnswer secondProblem) {
                throw new JudgeException("judge '" + name() + "' gave no usable verdict after one repair retry: "
                        + secondProblem.getMessage(), second.text(), null);
            }
        }
    }

    private JudgeVerdict verdict(String answer, Rubric rubric, Usage usage) throws VerdictParser.UnusableAnswer {
        return new JudgeVerdict(name(), VerdictParser.parse(answer, rubric), usage);
    }

    private ChatResponse call(List<ChatMessage> messages, JudgeInput input, String lastAnswer) {
        ChatRequest request = new ChatRequest(messages, input.temperature(), maxTokens,
                Optional.of(VerdictSchema.of(input.rubric())));
        try {
            return model.chat(request);
        } catch (ModelException e) {
            throw new JudgeException("judge '" + name() + "' failed: " + e.getMessage(), lastAnswer, e);
        }
    }
}
