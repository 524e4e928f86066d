package org.imcbench.model.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves {@code POST /v1/chat/completions} of the demo server: reads the OpenAI request, asks the
 * behaviour named by {@code model}, and answers with a chat-completions JSON whose usage counts words
 * as tokens (85 per image). Unknown model: 404; unreadable request: 400; other methods: 405; all with
 * an OpenAI-style error body.
 */
final class ChatCompletionsHandler implements HttpHandler {
    private static final int TOKENS_PER_IMAGE = 85;

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"/v1/chat/completions".equals(exchange.getRequestURI().getPath())) {
                error(exchange, 404, "not_found", "no such endpoint: " + exchange.getRequestURI().getPath());
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                error(exchange, 405, "invalid_request_error", "use POST");
                return;
            }
            JsonNode request;
            try (InputStream in = exchange.getRequestBody()) {
                request = json.readTree(in);
            } catch (IOException e) {
                error(exchange, 400, "invalid_request_error", "the request body is not JSON");
                return;
            }
            if (request == null || !request.path("messages").isArray() || request.path("messages").isEmpty()) {
                error(exchange, 400, "invalid_request_error", "'messages' must be a non-empty array");
                return;
            }
            String model = request.path("model").asText("");
            Optional<DemoBehaviour> behaviour = DemoBehaviours.find(model);
            if (behaviour.isEmpty()) {
                error(exchange, 404, "model_not_found", "The model '" + model + "' does not exist (demo models: "
                        + String.join(", ", DemoBehaviours.names()) + ")");
                return;
            }
            List<DemoMessage> messages = messages(request.path("messages"));
            String reply = behaviour.get().reply(messages);
            send(exchange, 200, completion(model, reply, promptTokens(messages)));
        }
    }

    /**
     * The request's messages. Only the first image of the request is read (size, colour): that is all a
     * behaviour looks at, and a conversation re-sends its images with every turn.
     */
    private List<DemoMessage> messages(JsonNode array) {
        List<DemoMessage> messages = new ArrayList<>();
        boolean firstImageRead = false;
        for (JsonNode message : array) {
            String role = message.path("role").asText("user");
            JsonNode content = message.path("content");
            if (content.isArray()) {
                List<String> texts = new ArrayList<>();
                List<DemoImage> images = new ArrayList<>();
                for (JsonNode part : content) {
                    if ("text".equals(part.path("type").asText())) {
                        texts.add(part.path("text").asText(""));
                    } else if ("image_url".equals(part.path("type").asText())) {
                        images.add(firstImageRead ? DemoImage.UNREAD
                                : DemoImage.ofDataUrl(part.path("image_url").path("url").asText("")));
                        firstImageRead = true;
                    }
                }
                messages.add(new DemoMessage(role, String.join("\n\n", texts), images));
            } else {
                messages.add(new DemoMessage(role, content.asText(""), 0));
            }
        }
        return messages;
    }

    private ObjectNode completion(String model, String reply, long promptTokens) {
        ObjectNode root = json.createObjectNode();
        root.put("id", "chatcmpl-demo-" + ids.incrementAndGet());
        root.put("object", "chat.completion");
        root.put("created", System.currentTimeMillis() / 1000);
        root.put("model", model);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", reply);
        choice.put("finish_reason", "stop");
        long completionTokens = words(reply);
        root.putObject("usage")
                .put("prompt_tokens", promptTokens)
                .put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return root;
    }

    private static long promptTokens(List<DemoMessage> messages) {
        return messages.stream().mapToLong(m -> words(m.text()) + (long) TOKENS_PER_IMAGE * m.imageCount()).sum();
    }

    private static long words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        ObjectNode body = json.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("message", message);
        error.put("type", type);
        error.put("code", type);
        send(exchange, status, body);
    }

    private void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
