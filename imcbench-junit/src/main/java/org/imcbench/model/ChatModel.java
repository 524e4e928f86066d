package org.imcbench.model;

/**
 * A chat model: the model under test, the patient simulator or a judge. Implementations are
 * thread-safe; one instance serves every case of a run.
 */
public interface ChatModel {

    /** A name for reports and messages, e.g. {@code openai:gpt-4.1}; never contains a secret. */
    String name();

    /**
     * Sends the request and returns the answer.
     *
     * @throws ModelException when the provider fails after the retries its HTTP policy allows,
     *     or answers with something that is not a usable answer
     */
    ChatResponse chat(ChatRequest request);
}
