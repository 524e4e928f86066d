package org.imcbench.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A model behind an OpenAI-compatible {@code POST {baseUrl}/chat/completions} endpoint: OpenAI itself,
 * vLLM, Ollama, llama.cpp, LM Studio, SGLang, OpenRouter and the built-in demo server.
 *
 * <p>The answer limit goes out as {@code max_completion_tokens} to {@code api.openai.com} and as
 * {@code max_tokens} to every other server. If a server answers 400 with an error that names the
 * parameter, the call is repeated once with the other name, and the name that worked is kept for
 * later calls. Retries and timeouts come from the {@link OkHttpClient} (see {@link HttpClients});
 * the attempt count is read from an {@link AttemptCounter} tag. Every error message is passed
 * through a {@link SecretRedactor} that knows the API key.
 */
public final class OpenAiCompatibleChatModel implements ChatModel {
    /** The parameter name OpenAI's current API wants. */
    static final String MAX_COMPLETION_TOKENS = "max_completion_tokens";
    /** The parameter name older and compatible servers want. */
    static final String MAX_TOKENS = "max_tokens";

    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private final String name;
    private final String baseUrl;
    private final String model;
    private final Optional<String> apiKey;
    private final OkHttpClient client;
    private final HttpUrl endpoint;
    private final SecretRedactor redactor;
    private final ObjectMapper json;
    private final OpenAiRequestWriter writer;
    private final AtomicReference<String> maxTokensParam;

    /**
     * Creates the model.
     *
     * @param name the secret-free name for reports, e.g. {@code openai:gpt-4.1}
     * @param baseUrl the API base, e.g. {@code https://api.openai.com/v1} or {@code http://localhost:8000/v1}
     * @param model the model name sent in each request
     * @param apiKey the key sent as {@code Authorization: Bearer}, if any
     * @param client the HTTP client with the retry policy, usually {@link HttpClients#shared(HttpPolicy)}
     */
    public OpenAiCompatibleChatModel(String name, String baseUrl, String model, Optional<String> apiKey,
            OkHttpClient client) {
        this.name = Objects.requireNonNull(name, "name");
        this.model = Objects.requireNonNull(model, "model");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey").filter(key -> !key.isBlank());
        this.client = Objects.requireNonNull(client, "client");
        String base = Objects.requireNonNull(baseUrl, "baseUrl").replaceAll("/+$", "");
        HttpUrl parsed = HttpUrl.parse(base + "/chat/completions");
        if (parsed == null) {
            throw new IllegalArgumentException("not an http(s) base URL: " + SecretRedactor.patternsOnly().redact(base));
        }
        this.baseUrl = base;
        this.endpoint = parsed;
        this.redactor = new SecretRedactor(this.apiKey.map(List::of).orElse(List.of()));
        this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.writer = new OpenAiRequestWriter(json);
        this.maxTokensParam = new AtomicReference<>(
                "api.openai.com".equals(parsed.host()) ? MAX_COMPLETION_TOKENS : MAX_TOKENS);
    }

    @Override
    public String name() {
        return name;
    }

    /** The model name sent to the server. */
    public String model() {
        return model;
    }

    /** The API base URL. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The name of the answer-limit parameter the next call will send. */
    String maxTokensParameter() {
        return maxTokensParam.get();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        long start = System.nanoTime();
        String param = maxTokensParam.get();
        HttpResult result = send(request, param, 0);
        if (result.code() == 400 && namesTokenParam(result.body())) {
            String other = MAX_TOKENS.equals(param) ? MAX_COMPLETION_TOKENS : MAX_TOKENS;
            result = send(request, other, result.attempts());
            if (!(result.code() == 400 && namesTokenParam(result.body()))) {
                maxTokensParam.compareAndSet(param, other);
            }
        }
        if (result.code() < 200 || result.code() > 299) {
            throw new ModelException(prefix() + "HTTP " + result.code() + " after " + attempts(result.attempts())
                    + ": " + redactor.redact(ProviderErrorText.of(json, result.body())), result.code(),
                    result.attempts(), null);
        }
        return parse(result, Duration.ofNanos(System.nanoTime() - start));
    }

    private HttpResult send(ChatRequest chatRequest, String param, int earlierAttempts) {
        AttemptCounter counter = new AttemptCounter();
        Request.Builder builder = new Request.Builder()
                .url(endpoint)
                .header("Accept", "application/json")
                .post(RequestBody.create(writer.write(model, chatRequest, param).toString(), JSON_TYPE))
                .tag(AttemptCounter.class, counter);
        apiKey.ifPresent(key -> builder.header("Authorization", "Bearer " + key));
        try (Response response = client.newCall(builder.build()).execute()) {
            return new HttpResult(response.code(), response.body().string(), earlierAttempts + counter.attempts());
        } catch (IOException e) {
            int attempts = earlierAttempts + Math.max(1, counter.attempts());
            throw new ModelException(prefix() + "no HTTP response after " + attempts(attempts) + ": "
                    + redactor.redact(e.getClass().getSimpleName() + ": " + e.getMessage()), -1, attempts, e);
        }
    }

    private boolean namesTokenParam(String body) {
        String text = ProviderErrorText.of(json, body) + " " + ProviderErrorText.param(json, body);
        return text.contains(MAX_TOKENS) || text.contains(MAX_COMPLETION_TOKENS);
    }

    private ChatResponse parse(HttpResult result, Duration latency) {
        JsonNode root;
        try {
            root = json.readTree(result.body());
        } catch (IOException e) {
            throw malformed("the body is not JSON", result);
        }
        if (root == null || !root.isObject()) {
            throw malformed("the body is not a JSON object", result);
        }
        JsonNode message = root.path("choices").path(0).path("message");
        JsonNode content = message.path("content");
        if (!content.isTextual() || content.asText().isBlank()) {
            String finish = root.path("choices").path(0).path("finish_reason").asText("none");
            String refusal = message.path("refusal").isTextual() ? ", refusal: " + message.path("refusal").asText() : "";
            throw malformed("no text in choices[0].message.content (finish_reason " + finish + refusal + ")", result);
        }
        JsonNode usage = root.path("usage");
        Usage tokens = usage.isObject()
                ? new Usage(usage.path("prompt_tokens").asLong(0), usage.path("completion_tokens").asLong(0))
                : Usage.NONE;
        String reported = root.path("model").isTextual() ? root.path("model").asText() : model;
        return new ChatResponse(content.asText(), tokens, reported, latency, result.attempts());
    }

    private ModelException malformed(String what, HttpResult result) {
        return new ModelException(prefix() + "malformed response: " + redactor.redact(what), result.code(),
                result.attempts(), null);
    }

    private String prefix() {
        return "openai-compatible model '" + model + "' at " + redactor.redact(baseUrl) + " failed: ";
    }

    private static String attempts(int count) {
        return count == 1 ? "1 attempt" : count + " attempts";
    }

    @Override
    public String toString() {
        return "OpenAiCompatibleChatModel[" + name + ", " + redactor.redact(baseUrl) + ", " + model
                + (apiKey.isPresent() ? ", key set" : "") + "]";
    }

    /** One HTTP exchange: status, body and attempts so far. */
    private record HttpResult(int code, String body, int attempts) {
    }
}
