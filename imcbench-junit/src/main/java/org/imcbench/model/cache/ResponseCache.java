package org.imcbench.model.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.imcbench.io.AtomicFiles;
import org.imcbench.model.ChatResponse;
import org.imcbench.model.Usage;

/**
 * A folder of recorded answers, one pretty-printed JSON file per request:
 * {@code <dir>/<first two hex digits>/<hash>.json} holding {@code key} (the hash), {@code request}
 * (the canonical request of {@link CacheKey}, without image bytes or any secret) and
 * {@code response} ({@code text}, {@code model}, {@code inputTokens}, {@code outputTokens}).
 *
 * <p>Writes go to a temporary file in the target folder and are then moved into place atomically,
 * so a reader never sees half a file and concurrent writers of the same entry leave one complete
 * file. A file that cannot be read as an entry counts as missing. Thread-safe.
 */
public final class ResponseCache {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;

    /** A cache in the given folder; the folder is created on the first write. */
    public ResponseCache(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    }

    /** The cache folder. */
    public Path directory() {
        return directory;
    }

    /** The file of an entry. */
    public Path file(String hash) {
        return directory.resolve(hash.substring(0, 2)).resolve(hash + ".json");
    }

    /** The recorded answer of a key, if there is a readable entry. Latency and attempts are 0. */
    public Optional<ChatResponse> read(CacheKey key) {
        Path file = file(key.hash());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode response = JSON.readTree(file.toFile()).path("response");
            JsonNode text = response.path("text");
            if (!text.isTextual() || text.asText().isBlank()) {
                return Optional.empty();
            }
            Usage usage = new Usage(response.path("inputTokens").asLong(0), response.path("outputTokens").asLong(0));
            return Optional.of(new ChatResponse(text.asText(), usage, response.path("model").asText(""),
                    Duration.ZERO, 0));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stores (or replaces) the answer of a key. */
    public void write(CacheKey key, ChatResponse response) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("key", key.hash());
        entry.set("request", key.request());
        ObjectNode answer = entry.putObject("response");
        answer.put("text", response.text());
        answer.put("model", response.model());
        answer.put("inputTokens", response.usage().inputTokens());
        answer.put("outputTokens", response.usage().outputTokens());
        Path file = file(key.hash());
        try {
            AtomicFiles.write(file, out -> JSON.writeValue(out, entry));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write response cache entry " + file, e);
        }
    }


    @Override
    public String toString() {
        return "ResponseCache[" + directory + "]";
    }
}
