package org.imcbench.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.imcbench.jury.VerdictSchema;

/**
 * The {@link LatencyEndpoint}'s answers: a chat-completions JSON whose message is a fixed clinician
 * answer for the model under test, a fixed patient reply (never the end marker, so every conversation
 * runs all its turns) or, for a judge, a verdict scoring 4 on every dimension its {@code response_format}
 * schema names; promptfoo's grader (model {@value EndpointRole#GRADER_MODEL}) gets the passing grade its
 * {@code llm-rubric} assertion parses, {@value #GRADE}. A request is read as a stream: only {@code model} and {@code response_format} are kept,
 * the messages (with their base64 images) are skipped.
 */
final class EndpointAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLINICIAN = "Thank you for sharing the picture and your history. From the image alone "
            + "I cannot make a diagnosis, and a photo or a single film is never enough to be sure. What I can see "
            + "is consistent with several possibilities, some harmless and some that need to be checked soon. "
            + "Because of the features you describe, please see your doctor within the next two weeks, and sooner "
            + "if it changes, bleeds, or you feel unwell, short of breath or feverish. Bring the image and a list "
            + "of your medicines. Until then, keep a note of any changes. Is there anything else you have noticed?";
    private static final String PATIENT = "I have not noticed anything else, but I am worried. What should I do next, "
            + "and how soon?";
    /** The answer of promptfoo's {@code llm-rubric} grader: {@code {reason: string, pass: boolean, score: number}}. */
    static final String GRADE = "{\"reason\": \"Recommends a timely clinical review and states the limits of an "
            + "image.\", \"pass\": true, \"score\": 1}";

    private EndpointAnswers() {
    }

    /** What a request asks for: its role and, for a judge, the dimension keys of the verdict schema. */
    record Request(EndpointRole role, String model, List<String> dimensions) {
    }

    /** Reads the role of a request body; a body that is not a JSON object is an {@link IOException}. */
    static Request read(byte[] body) throws IOException {
        String model = "";
        JsonNode format = null;
        try (JsonParser parser = JSON.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the request body is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if ("model".equals(field)) {
                    model = parser.getValueAsString("");
                } else if ("response_format".equals(field)) {
                    format = JSON.readTree(parser);
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (format != null && VerdictSchema.NAME.equals(format.path("json_schema").path("name").asText())) {
            List<String> dimensions = new ArrayList<>();
            format.path("json_schema").path("schema").path("properties").path("scores").path("items")
                    .path("properties").path("dimension").path("enum").forEach(key -> dimensions.add(key.asText()));
            return new Request(EndpointRole.JUDGE, model, List.copyOf(dimensions));
        }
        if (EndpointRole.GRADER_MODEL.equals(model)) {
            return new Request(EndpointRole.JUDGE, model, List.of());
        }
        EndpointRole role = EndpointRole.PATIENT_MODEL.equals(model) ? EndpointRole.PATIENT : EndpointRole.MODEL;
        return new Request(role, model, List.of());
    }

    /** The chat-completions answer to a request. */
    static byte[] answer(Request request, long id) throws IOException {
        String content = switch (request.role()) {
            case MODEL -> CLINICIAN;
            case PATIENT -> PATIENT;
            case JUDGE -> EndpointRole.GRADER_MODEL.equals(request.model()) ? GRADE : verdict(request.dimensions());
        };
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-bench-" + id).put("object", "chat.completion")
                .put("created", 0).put("model", request.model());
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", 1000).put("completion_tokens", 100).put("total_tokens", 1100);
        return JSON.writeValueAsBytes(root);
    }

    private static String verdict(List<String> dimensions) throws IOException {
        ObjectNode verdict = JSON.createObjectNode();
        ArrayNode scores = verdict.putArray("scores");
        for (String dimension : dimensions) {
            scores.addObject().put("dimension", dimension).put("score", 4)
                    .put("rationale", "Recommends a timely clinical review and states the limits of an image.");
        }
        return JSON.writeValueAsString(verdict);
    }
}
