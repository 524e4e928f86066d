package org.imcbench.assertions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imcbench.model.ChatModel;
import org.imcbench.model.ChatRequest;
import org.imcbench.model.ChatResponse;
import org.imcbench.model.Usage;

/** A fake judge model: answers every request with one criterion score and records the requests. */
final class CannedJudgeModel implements ChatModel {
    private final String name;
    private final String answer;
    private final List<ChatRequest> requests = new ArrayList<>();

    /** A judge that scores the criterion with the given score and rationale. */
    CannedJudgeModel(String name, int score, String rationale) {
        this(name, "{\"scores\":[{\"dimension\":\"criterion\",\"score\":" + score + ",\"rationale\":\"" + rationale
                + "\"}]}");
    }

    /** A judge that answers with the given raw text. */
    CannedJudgeModel(String name, String answer) {
        this.name = name;
        this.answer = answer;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized ChatResponse chat(ChatRequest request) {
        requests.add(request);
        return new ChatResponse(answer, new Usage(10, 5), name, Duration.ZERO, 1);
    }

    /** What was asked, in order. */
    synchronized List<ChatRequest> requests() {
        return List.copyOf(requests);
    }
}
