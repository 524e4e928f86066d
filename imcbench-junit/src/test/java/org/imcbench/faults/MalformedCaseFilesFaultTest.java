package org.imcbench.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * Fault matrix, case-file rows: 30 malformed or hostile case files beside the three good cases.
 * Each must fail on its own with a message naming its file — as a {@code <file> (invalid)} test when discovery
 * cannot read its labels or outline, else as its case when the case is read in full as it runs — and the good
 * cases must still run. (The messages' wording belongs to the case reader; only their presence and the
 * file they name are asserted here. Files that break the JSON parser's own limits, issue 17 item 4,
 * are rows of the case loader's tests.)
 */
class MalformedCaseFilesFaultTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The files whose id, title, tags, strata and image entries read well: discovery takes them, and their
     * problem is found when the case is read in full, as it runs (the case fails, named by its id). Every other
     * file is a discovery issue and a {@code <file> (invalid)} test.
     */
    private static final Set<String> FOUND_WHEN_THE_CASE_RUNS = Set.of("bad-sha", "backslash-uri", "html-media-type",
            "exec-plan", "proto-field", "persona-not-object", "bad-regex", "shown-never", "roi-outside");

    @TempDir
    Path work;

    @Test
    void everyMalformedFileFailsAloneNamingItselfAndTheGoodCasesRun() throws IOException {
        Path suite = FaultFixtures.goodSuite(work.resolve("suite"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        raw(files, "empty", "");
        raw(files, "null", "null");
        raw(files, "array", "[]");
        raw(files, "truncated", "{\"id\": \"cut-short\", \"title\": ");
        raw(files, "empty-object", "{}");
        raw(files, "single-quotes", "{'id': 'quoted'}");
        raw(files, "comment", "// a comment\n{\"id\": \"commented\"}");
        raw(files, "duplicate-key", "{\"id\": \"a\", \"id\": \"b\"}");
        files.put("binary.json", Files.readAllBytes(suite.resolve("images/lesion.png")));
        files.put("bad-utf8.json", new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xc3, (byte) 0x28, '"', '}'});
        raw(files, "nul-bytes", "{\"id\": \"nul\u0000byte\"}");
        mutated(files, "no-id", json -> json.remove("id"));
        mutated(files, "numeric-id", json -> json.put("id", 42));
        mutated(files, "traversal-id", json -> json.put("id", "../../etc/passwd"));
        mutated(files, "null-title", json -> json.putNull("title"));
        mutated(files, "images-not-array", json -> json.put("images", "lesion.png"));
        mutated(files, "bad-sha", json -> image(json).put("sha256", "xyz"));
        mutated(files, "file-uri", json -> image(json).put("uri", "file:///etc/passwd"));
        mutated(files, "absolute-uri", json -> image(json).put("uri", "/etc/passwd"));
        mutated(files, "backslash-uri", json -> image(json).put("uri", "..\\..\\..\\etc\\passwd"));
        mutated(files, "javascript-uri", json -> image(json).put("uri", "javascript:alert(1)"));
        mutated(files, "html-media-type", json -> image(json).put("mediaType", "text/html"));
        mutated(files, "exec-plan", json -> ((ObjectNode) json.get("plan")).put("type", "exec"));
        mutated(files, "proto-field", json -> json.putObject("__proto__").put("admin", true));
        mutated(files, "persona-not-object", json -> json.put("persona", "hostile"));
        mutated(files, "malignant-text", json -> json.put("malignant", "yes"));
        mutated(files, "bad-regex", json -> ((ObjectNode) json.at("/groundTruth/diagnosis")).putArray("patterns")
                .add("(unclosed"));
        mutated(files, "shown-never", json -> image(json).put("shownAtTurn", 99));
        mutated(files, "roi-outside", json -> image(json).putArray("rois").addObject().put("id", "r")
                .putArray("box").add(0.1).add(0.1).add(1.5).add(0.9));
        mutated(files, "zz-duplicate-id", json -> json.put("id", "engine-melanoma"));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(suite.resolve(file.getKey()), file.getValue());
        }

        EngineExecutionResults results = FaultFixtures.engine(work)
                .configurationParameter("imcbench.model", "demo:careful")
                .selectors(selectDirectory(suite.toFile())).execute();

        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        List<Event> failed = Stream.concat(results.testEvents().failed().stream(),
                results.containerEvents().failed().stream()).toList();
        for (String name : files.keySet()) {
            String id = name.substring(0, name.length() - ".json".length());
            boolean atRun = FOUND_WHEN_THE_CASE_RUNS.contains(id);
            assertThat(failed).as(name).filteredOn(event -> event.getTestDescriptor().getDisplayName()
                    .equals(name + " (invalid)") || event.getTestDescriptor().getDisplayName().startsWith(id + " — "))
                    .singleElement().satisfies(event -> {
                        assertThat(event.getTestDescriptor().isContainer()).as(name + " fails when its case runs")
                                .isEqualTo(atRun);
                        assertThat(event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                                .map(Throwable::getMessage)).get().asString().contains(name).hasSizeGreaterThan(
                                        suite.resolve(name).toString().length() + 5);
                    });
        }
        assertThat(FaultFixtures.tests(results, event -> event.getPayload(TestExecutionResult.class)
                .map(result -> result.getStatus() == TestExecutionResult.Status.SUCCESSFUL).orElse(false)))
                .containsAll(FaultFixtures.GOOD_CASES.stream().map(id -> id + " › conversation").toList());
    }

    private static void raw(Map<String, byte[]> files, String name, String text) {
        files.put(name + ".json", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void mutated(Map<String, byte[]> files, String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(FaultFixtures.ENGINE_CASES.resolve("melanoma.json").toFile());
        json.put("id", name);
        change.accept(json);
        files.put(name + ".json", JSON.writeValueAsBytes(json));
    }

    private static ObjectNode image(ObjectNode json) {
        return (ObjectNode) json.withArray("images").get(0);
    }
}
