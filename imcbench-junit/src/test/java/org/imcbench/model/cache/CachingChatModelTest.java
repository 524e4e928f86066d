package org.imcbench.model.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.imcbench.model.ChatMessage;
import org.imcbench.model.ChatRequest;
import org.imcbench.model.ChatResponse;
import org.imcbench.model.ImagePart;
import org.imcbench.model.ModelException;
import org.imcbench.model.ResponseSchema;
import org.imcbench.testing.ScriptedChatModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingChatModelTest {
    private static final byte[] IMAGE_BYTES = "PNG-bytes-that-must-not-be-stored".getBytes(StandardCharsets.UTF_8);
    private static final ImagePart IMAGE = new ImagePart(IMAGE_BYTES, "image/png", "ab".repeat(32));

    @TempDir
    Path dir;

    @Test
    void readWriteCallsOnceAndAnswersTheSecondTimeFromAReadableFile() throws IOException {
        ScriptedChatModel model = new ScriptedChatModel("openai:gpt-4.1", "Please see a dermatologist.");
        CachingChatModel cached = new CachingChatModel(model, new ResponseCache(dir), CacheMode.READ_WRITE);

        ChatResponse first = cached.chat(request("What is this?"));
        ChatResponse second = cached.chat(request("What is this?"));

        assertThat(model.requests()).hasSize(1);
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.usage()).isEqualTo(ScriptedChatModel.USAGE);
        assertThat(second.attempts()).isZero();
        Path file = onlyFile();
        String hash = CacheKey.of("openai:gpt-4.1", request("What is this?")).hash();
        assertThat(file).isEqualTo(dir.resolve(hash.substring(0, 2)).resolve(hash + ".json"));
        String content = Files.readString(file);
        assertThat(content).contains("\"text\" : \"Please see a dermatologist.\"", "\"sha256\" : \"" + IMAGE.sha256(),
                "\"mediaType\" : \"image/png\"", "\n  ");
        assertThat(content).doesNotContain(Base64.getEncoder().encodeToString(IMAGE_BYTES), new String(IMAGE_BYTES, StandardCharsets.UTF_8));
    }

    @Test
    void theKeyChangesWithEveryPartOfTheRequestButNotWithImageBytesOrFieldOrder() {
        String base = CacheKey.of("m", request("q")).hash();
        assertThat(CacheKey.of("m2", request("q")).hash()).isNotEqualTo(base);
        assertThat(CacheKey.of("m", request("q2")).hash()).isNotEqualTo(base);
        ChatRequest request = request("q");
        assertThat(CacheKey.of("m", new ChatRequest(request.messages(), 0.5, 100, request.responseSchema())).hash())
                .isNotEqualTo(base);
        assertThat(CacheKey.of("m", new ChatRequest(request.messages(), 0, 101, request.responseSchema())).hash())
                .isNotEqualTo(base);
        ObjectMapper json = new ObjectMapper();
        ObjectNode ab = json.createObjectNode().put("a", 1).put("b", 2);
        ObjectNode ba = json.createObjectNode().put("b", 2).put("a", 1);
        assertThat(CacheKey.of("m", request.withResponseSchema(new ResponseSchema("s", ab))).hash())
                .isNotEqualTo(base)
                .isEqualTo(CacheKey.of("m", request.withResponseSchema(new ResponseSchema("s", ba))).hash());
        ImagePart otherBytesSameHash = new ImagePart(new byte[] {1, 2}, IMAGE.mediaType(), IMAGE.sha256());
        assertThat(CacheKey.of("m", ChatRequest.of(List.of(ChatMessage.system("EHR"),
                ChatMessage.user("q", List.of(otherBytesSameHash))), 0, 100))
                .hash()).isEqualTo(base);
    }

    @Test
    void replayAnswersRecordedRequestsAndFailsAMissingOneNamingHashAndFolder() {
        ScriptedChatModel recorder = new ScriptedChatModel("m", "recorded answer");
        new CachingChatModel(recorder, new ResponseCache(dir), CacheMode.READ_WRITE).chat(request("known"));
        ScriptedChatModel model = new ScriptedChatModel("m");
        CachingChatModel replay = new CachingChatModel(model, new ResponseCache(dir), CacheMode.REPLAY);

        assertThat(replay.chat(request("known")).text()).isEqualTo("recorded answer");
        String missing = CacheKey.of("m", request("unknown")).hash();
        assertThatThrownBy(() -> replay.chat(request("unknown"))).isInstanceOf(ModelException.class)
                .hasMessageContaining(missing).hasMessageContaining(dir.toAbsolutePath().toString());
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void recordAlwaysCallsAndOverwrites() throws IOException {
        ScriptedChatModel model = new ScriptedChatModel("m", "first answer", "second answer");
        CachingChatModel record = new CachingChatModel(model, new ResponseCache(dir), CacheMode.RECORD);

        record.chat(request("q"));
        record.chat(request("q"));

        assertThat(model.requests()).hasSize(2);
        assertThat(Files.readString(onlyFile())).contains("second answer").doesNotContain("first answer");
        assertThat(new CachingChatModel(new ScriptedChatModel("m"), new ResponseCache(dir), CacheMode.REPLAY)
                .chat(request("q")).text()).isEqualTo("second answer");
    }

    @Test
    void offNeverReadsOrWrites() throws IOException {
        new CachingChatModel(new ScriptedChatModel("m", "a"), new ResponseCache(dir), CacheMode.READ_WRITE)
                .chat(request("q"));
        ScriptedChatModel model = new ScriptedChatModel("m", "b", "c");
        CachingChatModel off = new CachingChatModel(model, new ResponseCache(dir), CacheMode.OFF);

        assertThat(off.chat(request("q")).text()).isEqualTo("b");
        off.chat(request("other"));

        assertThat(model.requests()).hasSize(2);
        assertThat(files()).hasSize(1);
    }

    @Test
    void errorsAndBlankAnswersAreNeverStored() throws IOException {
        ScriptedChatModel model = new ScriptedChatModel("m", new ModelException("boom", 500, 4, null), " ");
        CachingChatModel cached = new CachingChatModel(model, new ResponseCache(dir), CacheMode.READ_WRITE);

        assertThatThrownBy(() -> cached.chat(request("q"))).isInstanceOf(ModelException.class);
        cached.chat(request("q"));

        assertThat(files()).isEmpty();
    }

    @Test
    void concurrentWritersOfOneEntryLeaveOneCompleteFile() throws Exception {
        ResponseCache cache = new ResponseCache(dir);
        CacheKey key = CacheKey.of("m", request("q"));
        String text = "x".repeat(200_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> writes = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                Callable<Object> write = () -> {
                    cache.write(key, new ChatResponse(text, ScriptedChatModel.USAGE, "m", java.time.Duration.ZERO, 1));
                    return cache.read(key).orElseThrow().text();
                };
                writes.add(pool.submit(write));
            }
            for (Future<Object> write : writes) {
                assertThat(write.get()).isEqualTo(text);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(files()).singleElement().satisfies(file -> assertThat(file.toString()).endsWith(".json"));
    }

    private static ChatRequest request(String question) {
        return ChatRequest.of(List.of(ChatMessage.system("EHR"), ChatMessage.user(question, List.of(IMAGE))), 0, 100);
    }

    private Path onlyFile() throws IOException {
        List<Path> files = files();
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private List<Path> files() throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
