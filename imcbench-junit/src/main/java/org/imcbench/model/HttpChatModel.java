package org.imcbench.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * A {@link ChatModel} behind an HTTP API, for every provider: the {@link ChatProtocol} knows the wire
 * format, this class does the rest the same way for all of them. It sends through the shared
 * {@link OkHttpClient} (timeouts and {@link RetryInterceptor}, with the protocol's
 * {@link RetryHintReader}), counts attempts, measures latency, fails on a non-2xx answer with the
 * provider's message, on a 2xx answer whose body is an {@code error} (with that message), and on a
 * body that is not JSON or holds no answer. Every message passes
 * through a {@link SecretRedactor} that knows the protocol's secrets.
 */
final class HttpChatModel implements ChatModel {
    private final String name;
    private final ChatProtocol protocol;
    private final OkHttpClient client;
    private final SecretRedactor redactor;
    private final ModelFailures failures;

    /**
     * Creates the model.
     *
     * @param name the secret-free name for reports, e.g. {@code anthropic:claude-opus-4-6}
     * @param protocol the provider's wire format, endpoint and credentials
     * @param client the HTTP client with the retry policy, usually
     *     {@link HttpClients#shared(HttpPolicy, okhttp3.HttpUrl)}
     */
    HttpChatModel(String name, ChatProtocol protocol, OkHttpClient client) {
        this.name = Objects.requireNonNull(name, "name");
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.client = Objects.requireNonNull(client, "client");
        this.redactor = new SecretRedactor(protocol.secrets());
        this.failures = new ModelFailures(protocol.subject(), redactor);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        long start = System.nanoTime();
        HttpExchange exchange = new HttpExchange(client, protocol.retryHints(), failures);
        HttpReply reply;
        try {
            reply = protocol.send(request, exchange);
        } catch (WireFormatException e) {
            throw failures.unsendable(e.getMessage());
        }
        if (!reply.successful()) {
            throw failures.status(reply.code(), exchange.attempts(), exchange.waited(), protocol.errorMessage(reply));
        }
        JsonNode body;
        try {
            body = reply.json(ChatProtocol.JSON);
        } catch (IOException e) {
            throw failures.malformed(reply.code(), exchange.attempts(), "the body is not JSON");
        }
        if (body == null || !body.isObject()) {
            throw failures.malformed(reply.code(), exchange.attempts(), "the body is not a JSON object");
        }
        if (isError(body.path("error"))) {
            throw failures.errorIn2xx(reply.code(), exchange.attempts(), protocol.errorMessage(reply));
        }
        ProviderAnswer answer;
        try {
            answer = protocol.read(body);
        } catch (WireFormatException e) {
            throw failures.malformed(reply.code(), exchange.attempts(), e.getMessage());
        }
        return new ChatResponse(answer.text(), answer.usage(), answer.model().orElse(protocol.model()),
                Duration.ofNanos(System.nanoTime() - start), exchange.attempts());
    }

    /** Whether an {@code error} field holds an error (an object or a text, not {@code null} or empty). */
    private static boolean isError(JsonNode error) {
        return error.isObject() && !error.isEmpty() || error.isTextual() && !error.asText().isBlank();
    }

    @Override
    public String toString() {
        return "HttpChatModel[" + name + ", " + redactor.redact(protocol.subject()) + "]";
    }
}
