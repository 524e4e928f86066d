package org.imcbench.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The wire format of one provider: how a {@link ChatRequest} goes on the wire, how the answer and
 * the provider's errors read. Everything else (sending, retries, attempt counting, latency, error
 * messages, redaction, malformed bodies) is {@link HttpChatModel}'s, shared by every provider.
 * Implementations are thread-safe.
 */
interface ChatProtocol {
    /** Reads and writes provider JSON (answers are read as trees, so unknown fields do no harm). */
    ObjectMapper JSON = new ObjectMapper();

    /** The provider, base URL and model this protocol talks to. */
    ProtocolTarget target();

    /** What is called, for error messages, e.g. {@code anthropic model 'x' at https://api.anthropic.com}. */
    default String subject() {
        return target().subject();
    }

    /** The model name sent, reported when the provider's answer names none. */
    default String model() {
        return target().model();
    }

    /** The secret values this protocol sends (API keys, session tokens), so they can be redacted. */
    List<String> secrets();

    /**
     * The HTTP request of a chat request: URL, headers (with credentials) and JSON body.
     *
     * @throws WireFormatException if the request cannot be expressed in this wire format
     */
    Request request(ChatRequest request);

    /**
     * Sends the chat request and returns the final reply. The default sends {@link #request} once;
     * a protocol that adapts after a rejection (another parameter name) overrides this.
     */
    default HttpReply send(ChatRequest request, HttpExchange exchange) {
        return exchange.send(request(request));
    }

    /**
     * Reads a successful answer.
     *
     * @param body the parsed JSON body (an object)
     * @throws WireFormatException if the body holds no usable answer
     */
    ProviderAnswer read(JsonNode body);

    /** The provider's message in a failed reply, not yet redacted. */
    default String errorMessage(HttpReply reply) {
        return ProviderErrorText.of(JSON, reply.body());
    }

    /** How the provider's error bodies advise on retries; by default they give no advice. */
    default RetryHintReader retryHints() {
        return (status, body) -> RetryHint.NONE;
    }

    /** A {@code POST} of the JSON body to the URL, accepting JSON. */
    static Request.Builder jsonPost(HttpUrl url, JsonNode body) {
        return new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .post(new JsonRequestBody(body));
    }

    /** The base URL without trailing slashes, checked to be http(s). */
    static HttpUrl baseUrl(String base) {
        String trimmed = base.replaceAll("/+$", "");
        HttpUrl url = HttpUrl.parse(trimmed);
        if (url == null) {
            throw new IllegalArgumentException("not an http(s) base URL: " + SecretRedactor.patternsOnly().redact(base));
        }
        return url;
    }

    /**
     * A message in the {@code {"role", "content"}} shape OpenAI and Anthropic share: the content is
     * the text when there is no image, else an array of {@code {"type": "text"}} parts and the images
     * as {@code imageWriter} writes them into the array.
     */
    static ObjectNode roleAndContent(ChatMessage message, BiConsumer<ArrayNode, ImagePart> imageWriter) {
        ObjectNode node = JSON.createObjectNode();
        node.put("role", message.role().name().toLowerCase(Locale.ROOT));
        if (message.images().isEmpty()) {
            node.put("content", message.text());
            return node;
        }
        ArrayNode content = node.putArray("content");
        for (ContentPart part : message.parts()) {
            if (part instanceof TextPart text) {
                content.addObject().put("type", "text").put("text", text.text());
            } else if (part instanceof ImagePart image) {
                imageWriter.accept(content, image);
            }
        }
        return node;
    }
}
