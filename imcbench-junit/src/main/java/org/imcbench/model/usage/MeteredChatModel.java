package org.imcbench.model.usage;

import java.util.Objects;
import org.imcbench.model.ChatModel;
import org.imcbench.model.ChatRequest;
import org.imcbench.model.ChatResponse;
import org.imcbench.model.ModelRole;

/**
 * A {@link ChatModel} decorator that reports the usage of every successful call to a
 * {@link UsageSink}. An answer with 0 attempts was served by the response cache
 * ({@link org.imcbench.model.cache.CachingChatModel}) and is reported as cached.
 */
public final class MeteredChatModel implements ChatModel {
    private final ChatModel delegate;
    private final ModelRole role;
    private final UsageSink sink;

    /**
     * Wraps a model.
     *
     * @param delegate the model
     * @param role what the model does in the run
     * @param sink where each call's usage goes
     */
    public MeteredChatModel(ChatModel delegate, ModelRole role, UsageSink sink) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.role = Objects.requireNonNull(role, "role");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ChatResponse response = delegate.chat(request);
        sink.record(new CallUsage(role, delegate.name(), response.usage(), response.attempts() == 0));
        return response;
    }

    @Override
    public String toString() {
        return "MeteredChatModel[" + delegate.name() + ", " + role.key() + "]";
    }
}
