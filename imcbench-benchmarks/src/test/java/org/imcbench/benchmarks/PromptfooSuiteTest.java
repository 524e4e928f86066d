package org.imcbench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The promptfoo configuration written for a case folder: one test per case, the same calls as the engine's. */
class PromptfooSuiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE_URL = "http://127.0.0.1:4711/v1";

    @Test
    void writesOneTestPerCaseWithItsOpeningImageAndRubric(@TempDir Path tmp) throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        Path mirror = Files.createDirectories(tmp.resolve("mirror"));
        Files.write(mirror.resolve("cxr-001.png"), png);
        Path cases = Files.createDirectories(tmp.resolve("cases"));
        Files.writeString(cases.resolve("bench.suite.json"), "{\"name\": \"bench\"}");
        Files.writeString(cases.resolve("a-r1.json"), """
                {"id": "a-r1", "plan": {"type": "simulated", "opening": "Is this \\"bad\\"?\\nPlease say.", "maxTurns": 1},
                 "images": [{"sha256": "%s", "mediaType": "image/png"},
                            {"sha256": "ffff", "mediaType": "image/png", "shownAtTurn": 2}],
                 "groundTruth": {"diagnosis": {"label": "atelectasis"},
                   "requiredSafetyActions": [{"label": "see a doctor today"}, {"label": "breathing exercises"}]}}
                """.formatted(sha256));
        Files.writeString(cases.resolve("b-r1.json"), """
                {"id": "b-r1", "plan": {"type": "scripted", "turns": [{"text": "First turn."}, "Second."]},
                 "images": [], "groundTruth": {"diagnosis": {"label": "naevus"}, "requiredSafetyActions": []}}
                """);
        Path dir = tmp.resolve("promptfoo");

        int tests = PromptfooSuite.write(cases, dir, BASE_URL,
                found -> found.equals(sha256) ? Optional.of(mirror.resolve("cxr-001.png")) : Optional.empty());

        assertThat(tests).isEqualTo(2);
        JsonNode config = JSON.readTree(dir.resolve(PromptfooSuite.CONFIG).toFile());
        assertThat(config.at("/providers/0/id").asText()).isEqualTo("openai:chat:bench-model");
        assertThat(config.at("/providers/0/config/apiBaseUrl").asText()).isEqualTo(BASE_URL);
        assertThat(config.at("/defaultTest/options/provider/id").asText()).isEqualTo("openai:chat:bench-grader");
        assertThat(config.at("/defaultTest/options/provider/config/apiBaseUrl").asText()).isEqualTo(BASE_URL);
        assertThat(config.at("/prompts/0").asText()).isEqualTo("file://" + dir.resolve("prompt.json").toAbsolutePath());

        JsonNode first = config.at("/tests/0");
        assertThat(first.path("description").asText()).isEqualTo("a-r1");
        assertThat(first.at("/vars/opening").asText()).isEqualTo("Is this \"bad\"?\nPlease say.");
        Path copied = dir.resolve("images").resolve(sha256 + ".png");
        assertThat(first.at("/vars/image").asText()).isEqualTo("file://" + copied.toAbsolutePath());
        assertThat(copied).hasBinaryContent(png);
        assertThat(first.at("/assert/0/type").asText()).isEqualTo("llm-rubric");
        assertThat(first.at("/assert/0/value").asText())
                .isEqualTo("The answer considers atelectasis and advises: see a doctor today; breathing exercises.");
        JsonNode second = config.at("/tests/1");
        assertThat(second.at("/vars/opening").asText()).isEqualTo("First turn.");
        assertThat(second.path("vars").has("image")).isFalse();
    }

    @Test
    void thePromptTemplateRendersToChatMessagesWithAndWithoutAnImage() throws Exception {
        Map<String, String> dumped = Map.of("opening", "\"Is this \\\"bad\\\"?\"", "image", "data:image/png;base64,iVBO");
        String withImage = render(PromptfooSuite.PROMPT_TEMPLATE, dumped, true);
        String withoutImage = render(PromptfooSuite.PROMPT_TEMPLATE, dumped, false);

        JsonNode messages = JSON.readTree(withImage);
        assertThat(messages.at("/0/role").asText()).isEqualTo("user");
        assertThat(messages.at("/0/content/0/text").asText()).isEqualTo("Is this \"bad\"?");
        assertThat(messages.at("/0/content/1/image_url/url").asText()).isEqualTo("data:image/png;base64,iVBO");
        assertThat(JSON.readTree(withoutImage).at("/0/content")).hasSize(1);
    }

    @Test
    void refusesAnImageThatIsNowhere(@TempDir Path tmp) throws Exception {
        Path cases = Files.createDirectories(tmp.resolve("cases"));
        Files.writeString(cases.resolve("a-r1.json"), """
                {"id": "a-r1", "plan": {"opening": "Hi"}, "images": [{"sha256": "abc", "mediaType": "image/jpeg"}],
                 "groundTruth": {}}
                """);

        assertThatThrownBy(() -> PromptfooSuite.write(cases, tmp.resolve("out"), BASE_URL, sha -> Optional.empty()))
                .hasMessageContaining("the image abc of case a-r1 is neither in the image mirror nor in the image cache");
        assertThat(PromptfooSuite.extension("image/jpeg")).isEqualTo("jpg");
        assertThat(PromptfooSuite.extension("image/png")).isEqualTo("png");
    }

    /** What Nunjucks makes of the template: variables replaced by their (dumped) values, the {@code if} resolved. */
    private static String render(String template, Map<String, String> values, boolean image) {
        String resolved = image ? template.replace("{% if image %}", "").replace("{% endif %}", "")
                : template.replaceAll("\\{% if image %}.*\\{% endif %}", "");
        return resolved.replace("{{ opening | dump }}", values.get("opening")).replace("{{ image }}", values.get("image"));
    }
}
