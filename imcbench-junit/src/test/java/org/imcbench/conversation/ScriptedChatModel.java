package org.imcbench.conversation;

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

/** A chat model that answers from a script and records every request. */
final class ScriptedChatModel implements ChatModel {
    private final String name;
    private final Deque<Object> answers = new ArrayDeque<>();
    final List<ChatRequest> requests = new ArrayList<>();

    ScriptedChatModel(String name, Object... answers) {
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
        Object answer = answers.isEmpty() ? "(no more answers)" : answers.removeFirst();
        if (answer instanceof ModelException failure) {
            throw failure;
        }
        return new ChatResponse((String) answer, new Usage(10, 5), name, Duration.ofMillis(7), 1);
    }
}
