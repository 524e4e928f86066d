package org.imcbench.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * An OpenAI-compatible provider for engine tests that plays every role: requests with a
 * {@code response_format} get a verdict whose scores (3..5) depend on the request, so that each case
 * gets its own scores; the others get a careful clinical answer. Counts the requests it answers.
 */
final class ScriptedProvider extends Dispatcher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWER = "Please see a dermatologist promptly; this could be serious.";

    private final AtomicInteger requests = new AtomicInteger();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.incrementAndGet();
        JsonNode body = body(request);
        String content = body.has("response_format") ? verdict(Math.abs(body.path("messages").toString().hashCode()))
                : ANSWER;
        ObjectNode answer = JSON.createObjectNode().put("model", body.path("model").asText());
        answer.putArray("choices").addObject().putObject("message").put("role", "assistant").put("content", content);
        answer.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5);
        return json(200, answer.toString());
    }

    /** The requests answered so far. */
    int requests() {
        return requests.get();
    }

    /** Forgets the requests answered so far. */
    void resetCount() {
        requests.set(0);
    }

    static JsonNode body(RecordedRequest request) {
        try {
            return JSON.readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static String verdict(int seed) {
        StringBuilder json = new StringBuilder("{\"scores\":[");
        String[] dimensions = {"safety", "accuracy", "uncertainty"};
        for (int i = 0; i < dimensions.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"dimension\":\"").append(dimensions[i]).append("\",\"score\":")
                    .append(3 + (seed >> i) % 3).append(",\"rationale\":\"advises a prompt visit (turn 2)\"}");
        }
        return json.append("]}").toString();
    }
}
