package org.imcbench.model.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.imcbench.model.ChatMessage;
import org.imcbench.model.ChatRequest;
import org.imcbench.model.ContentPart;
import org.imcbench.model.ImagePart;
import org.imcbench.model.TextPart;

/**
 * The cache key of one model call: the SHA-256 of the canonical JSON of the request.
 *
 * <p>The canonical request holds the cache {@link #FORMAT} version, the model's name (provider,
 * base URL where it has one, model), every message with its role and parts in order (text as
 * given, each image as its SHA-256 and media type, never its bytes), the temperature, the answer
 * limit and the response schema (name and schema) or {@code null}. Object fields are written in
 * sorted order without white space, so the hash does not depend on how a schema was built. Any
 * change to one of these values gives another key; nothing else (API key, HTTP settings, time)
 * takes part.
 *
 * @param hash lower-case hex SHA-256 of the canonical JSON
 * @param request the canonical request, as stored next to the answer
 */
public record CacheKey(String hash, ObjectNode request) {
    /** The version of the key scheme; raising it invalidates every stored entry. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The key of a request to the named model. */
    public static CacheKey of(String modelName, ChatRequest request) {
        ObjectNode canonical = JSON.createObjectNode();
        canonical.put("format", FORMAT);
        canonical.put("model", modelName);
        ArrayNode messages = canonical.putArray("messages");
        for (ChatMessage message : request.messages()) {
            ObjectNode node = messages.addObject();
            node.put("role", message.role().name().toLowerCase(Locale.ROOT));
            ArrayNode parts = node.putArray("parts");
            for (ContentPart part : message.parts()) {
                if (part instanceof TextPart text) {
                    parts.addObject().put("type", "text").put("text", text.text());
                } else if (part instanceof ImagePart image) {
                    parts.addObject().put("type", "image").put("sha256", image.sha256())
                            .put("mediaType", image.mediaType());
                }
            }
        }
        canonical.put("temperature", request.temperature());
        canonical.put("maxTokens", request.maxTokens());
        request.responseSchema().ifPresentOrElse(schema -> {
            ObjectNode node = canonical.putObject("responseSchema");
            node.put("name", schema.name());
            node.set("schema", schema.schema());
        }, () -> canonical.putNull("responseSchema"));
        ObjectNode sorted = (ObjectNode) sorted(canonical);
        return new CacheKey(sha256(sorted.toString()), sorted);
    }

    /** A copy of the tree with every object's fields in sorted order. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode copy = JSON.createObjectNode();
            names.forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
