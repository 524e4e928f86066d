package org.imcbench.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.imcbench.model.ChatModel;
import org.imcbench.model.ChatRequest;
import org.imcbench.model.ChatResponse;
import org.imcbench.model.ModelException;
import org.imcbench.model.Usage;

/**
 * A fake chat model for tests: answers from a script (a text, or a {@link ModelException} to throw)
 * and records every request. Every answer reports {@link #USAGE}.
 */
public final class ScriptedChatModel implements ChatModel {
    /** The usage every scripted answer reports. */
    public static final Usage USAGE = new Usage(100, 20);

    private final String name;
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<ChatRequest> requests = new ArrayList<>();

    /** A model with the given name answering with {@code answers} in order. */
    public ScriptedChatModel(String name, Object... answers) {
        this.name = name;
        this.answers.addAll(List.of(answers));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized ChatResponse chat(ChatRequest request) {
        requests.add(request);
        Object next = answers.poll();
        if (next == null) {
            throw new AssertionError("no scripted answer left for request " + requests.size());
        }
        if (next instanceof ModelException e) {
            throw e;
        }
        return new ChatResponse((String) next, USAGE, name, Duration.ofMillis(5), 1);
    }

    /** The requests received so far, in order. */
    public synchronized List<ChatRequest> requests() {
        return List.copyOf(requests);
    }
}
