package org.imcbench.jury;

/** Scores a conversation on every dimension of a rubric. Implementations are thread-safe. */
public interface Judge {

    /** The judge's name for reports, e.g. {@code checklist} or {@code openai:gpt-4.1}. */
    String name();

    /**
     * Judges one conversation.
     *
     * @throws JudgeException when no usable verdict could be obtained
     */
    JudgeVerdict judge(JudgeInput input);
}
