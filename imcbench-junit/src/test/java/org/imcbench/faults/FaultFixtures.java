package org.imcbench.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import org.assertj.core.api.Condition;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** What the fault-matrix rows share: a suite folder of good cases, hostile cases, the engine request. */
final class FaultFixtures {
    static final Path ENGINE_CASES = Path.of("src/test/resources/engine/cases");
    static final List<String> GOOD_CASES = List.of("engine-melanoma", "engine-naevus", "engine-rare");
    static final String CAREFUL_ANSWER = "This could be a melanoma; please see a dermatologist promptly for a biopsy.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FaultFixtures() {
    }

    /** The engine, found as a service like Surefire finds it, writing everything below {@code work}. */
    static EngineTestKit.Builder engine(Path work) {
        return EngineTestKit.engine("imcbench")
                .configurationParameter("imcbench.cache.dir", work.resolve("cache").toString())
                .configurationParameter("imcbench.cache.mode", "off")
                .configurationParameter("imcbench.report.dir", work.resolve("reports").toString())
                .configurationParameter("imcbench.images.offline", "true")
                .configurationParameter("imcbench.images.cache", work.resolve("image-cache").toString())
                .configurationParameter("imcbench.jury.judges", "checklist");
    }

    /** A suite folder holding the three good engine-test cases and their image. */
    static Path goodSuite(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("images"));
        for (String file : List.of("melanoma.json", "naevus.json", "rare-tumour.json", "images/lesion.png")) {
            Files.copy(ENGINE_CASES.resolve(file), folder.resolve(file));
        }
        return folder;
    }

    /** Writes a copy of the melanoma case with another id and one image {@code uri} and {@code sha256}. */
    static void caseWithImage(Path folder, String id, String uri, String sha256) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(ENGINE_CASES.resolve("melanoma.json").toFile());
        json.put("id", id);
        ObjectNode image = (ObjectNode) json.withArray("images").get(0);
        image.put("uri", uri).put("sha256", sha256);
        Files.writeString(folder.resolve(id + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }

    /** An OpenAI-style chat answer. */
    static String chatAnswer(String content) {
        ObjectNode answer = JSON.createObjectNode().put("model", "m");
        answer.putArray("choices").addObject().putObject("message").put("role", "assistant").put("content", content);
        answer.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5);
        return answer.toString();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The display names of the finished tests whose result matches. */
    static List<String> tests(EngineExecutionResults results, Predicate<Event> which) {
        return results.testEvents().finished().stream().filter(which)
                .map(event -> event.getTestDescriptor().getDisplayName()).sorted().toList();
    }

    /** A test or container that failed with a message containing every part. */
    static Condition<Event> failedWith(String... parts) {
        return new Condition<>(event -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                .map(Throwable::getMessage)
                .filter(message -> message != null && List.of(parts).stream().allMatch(message::contains))
                .isPresent(), "failed with a message containing %s", List.of(parts));
    }

    /** Reads a file, unchecked. */
    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
