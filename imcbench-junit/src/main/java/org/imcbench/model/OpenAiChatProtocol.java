package org.imcbench.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The OpenAI chat-completions wire format, {@code POST {baseUrl}/chat/completions}: OpenAI itself,
 * vLLM, Ollama, llama.cpp, LM Studio, SGLang, OpenRouter and the built-in demo server. The key, if
 * any, goes as {@code Authorization: Bearer}; the body is written by {@link OpenAiRequestWriter}.
 *
 * <p>The answer limit goes out as {@code max_completion_tokens} to {@code api.openai.com} and as
 * {@code max_tokens} to every other server. If a server answers 400 with an error that names the
 * parameter, the call is repeated once with the other name, and the name that worked is kept for
 * later calls.
 */
final class OpenAiChatProtocol implements ChatProtocol {
    /** The parameter name OpenAI's current API wants. */
    static final String MAX_COMPLETION_TOKENS = "max_completion_tokens";
    /** The parameter name older and compatible servers want. */
    static final String MAX_TOKENS = "max_tokens";

    private final ProtocolTarget target;
    private final HttpUrl endpoint;
    private final Optional<String> apiKey;
    private final OpenAiRequestWriter writer = new OpenAiRequestWriter(JSON);
    private final AtomicReference<String> maxTokensParam;

    /**
     * Creates the protocol.
     *
     * @param baseUrl the API base, e.g. {@code https://api.openai.com/v1} or {@code http://localhost:8000/v1}
     * @param model the model name sent in each request
     * @param apiKey the key sent as {@code Authorization: Bearer}, if any
     */
    OpenAiChatProtocol(String baseUrl, String model, Optional<String> apiKey) {
        this.target = ProtocolTarget.of(Provider.OPENAI_COMPATIBLE, baseUrl, model);
        this.endpoint = target.base().newBuilder().addPathSegments("chat/completions").build();
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey").filter(key -> !key.isBlank());
        this.maxTokensParam = new AtomicReference<>(
                "api.openai.com".equals(target.base().host()) ? MAX_COMPLETION_TOKENS : MAX_TOKENS);
    }

    @Override
    public ProtocolTarget target() {
        return target;
    }

    /** The API base URL, without a trailing slash. */
    String baseUrl() {
        return target.baseUrl();
    }

    @Override
    public List<String> secrets() {
        return apiKey.map(List::of).orElse(List.of());
    }

    /** The name of the answer-limit parameter the next call will send. */
    String maxTokensParameter() {
        return maxTokensParam.get();
    }

    @Override
    public Request request(ChatRequest request) {
        return request(request, maxTokensParam.get());
    }

    private Request request(ChatRequest request, String param) {
        Request.Builder builder = ChatProtocol.jsonPost(endpoint, writer.write(target.model(), request, param));
        apiKey.ifPresent(key -> builder.header("Authorization", "Bearer " + key));
        return builder.build();
    }

    @Override
    public HttpReply send(ChatRequest request, HttpExchange exchange) {
        String param = maxTokensParam.get();
        HttpReply reply = exchange.send(request(request, param));
        if (reply.code() == 400 && namesTokenParam(reply.body())) {
            String other = MAX_TOKENS.equals(param) ? MAX_COMPLETION_TOKENS : MAX_TOKENS;
            reply = exchange.send(request(request, other));
            if (!(reply.code() == 400 && namesTokenParam(reply.body()))) {
                maxTokensParam.compareAndSet(param, other);
            }
        }
        return reply;
    }

    private static boolean namesTokenParam(String body) {
        String text = ProviderErrorText.of(JSON, body) + " " + ProviderErrorText.param(JSON, body);
        return text.contains(MAX_TOKENS) || text.contains(MAX_COMPLETION_TOKENS);
    }

    @Override
    public ProviderAnswer read(JsonNode body) {
        JsonNode choice = body.path("choices").path(0);
        JsonNode message = choice.path("message");
        JsonNode content = message.path("content");
        if (!content.isTextual() || content.asText().isBlank()) {
            String finish = choice.path("finish_reason").asText("none");
            String refusal = message.path("refusal").isTextual() ? ", refusal: " + message.path("refusal").asText() : "";
            throw new WireFormatException("no text in choices[0].message.content (finish_reason " + finish + refusal
                    + ")");
        }
        return new ProviderAnswer(content.asText(),
                ProviderAnswers.usage(body.path("usage"), "prompt_tokens", "completion_tokens"),
                ProviderAnswers.textField(body, "model"));
    }
}
