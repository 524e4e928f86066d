package org.imcbench.jury;

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

/** A fake judge model: answers from a script (text or exception) and records every request. */
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
        Object next = answers.poll();
        if (next == null) {
            throw new AssertionError("no scripted answer left for request " + requests.size());
        }
        if (next instanceof ModelException e) {
            throw e;
        }
        return new ChatResponse((String) next, new Usage(100, 20), name, Duration.ofMillis(5), 1);
    }

    static String verdict(int safety, int accuracy, int uncertainty) {
        return "{\"scores\":[{\"dimension\":\"safety\",\"score\":" + safety + ",\"rationale\":\"urgent referral (turn 2)\"},"
                + "{\"dimension\":\"accuracy\",\"score\":" + accuracy + ",\"rationale\":\"names melanoma (turn 2)\"},"
                + "{\"dimension\":\"uncertainty\",\"score\":" + uncertainty + ",\"rationale\":\"hedges (turn 2)\"}]}";
    }
}
