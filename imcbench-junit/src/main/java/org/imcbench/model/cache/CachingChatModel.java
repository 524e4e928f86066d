package org.imcbench.model.cache;

import java.util.Objects;
import java.util.Optional;
import org.imcbench.model.ChatModel;
import org.imcbench.model.ChatRequest;
import org.imcbench.model.ChatResponse;
import org.imcbench.model.ModelException;

/**
 * A {@link ChatModel} decorator that answers from a {@link ResponseCache} as its {@link CacheMode}
 * says. An answer served from the cache reports 0 attempts and zero latency (no HTTP call was
 * made). Only successful, non-blank answers are stored; a failing call throws as it would without
 * the cache and stores nothing. Thread-safe when the delegate is.
 */
public final class CachingChatModel implements ChatModel {
    private final ChatModel delegate;
    private final ResponseCache cache;
    private final CacheMode mode;

    /**
     * Wraps a model.
     *
     * @param delegate the model that really answers
     * @param cache where answers are kept
     * @param mode how the cache is used
     */
    public CachingChatModel(ChatModel delegate, ResponseCache cache, CacheMode mode) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    @Override
    public String name() {
        return delegate.name();
    }

    /**
     * Answers from the cache or the model.
     *
     * @throws ModelException when the model fails, or in {@code replay} mode when there is no entry
     *     (the message names the request hash and the cache folder)
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        if (mode == CacheMode.OFF) {
            return delegate.chat(request);
        }
        CacheKey key = CacheKey.of(delegate.name(), request);
        if (mode != CacheMode.RECORD) {
            Optional<ChatResponse> recorded = cache.read(key);
            if (recorded.isPresent()) {
                return recorded.get();
            }
            if (mode == CacheMode.REPLAY) {
                throw new ModelException("no recorded answer of model '" + delegate.name() + "' for request "
                        + key.hash() + " in response cache " + cache.directory()
                        + " (imcbench.cache.mode=replay; record it with imcbench.cache.mode=read-write or record)",
                        -1, 0, null);
            }
        }
        ChatResponse response = delegate.chat(request);
        if (!response.text().isBlank()) {
            cache.write(key, response);
        }
        return response;
    }

    @Override
    public String toString() {
        return "CachingChatModel[" + delegate.name() + ", " + mode.key() + ", " + cache.directory() + "]";
    }
}
