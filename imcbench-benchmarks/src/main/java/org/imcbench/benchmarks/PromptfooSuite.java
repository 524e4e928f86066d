package org.imcbench.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * promptfoo's side of the comparison: a promptfoo configuration ({@value #CONFIG}) that does the work of a
 * case folder's single-turn cases. One test per case, in file name order, with the case's opening as the
 * user message and the image the case shows at turn 1 (as a {@code file://} variable, which promptfoo sends
 * as a base64 data URL, as the engine does); provider {@code openai:chat:}{@value EndpointRole#MODEL_MODEL}
 * at the endpoint, and one {@code llm-rubric} assertion per test (the case's diagnosis and required safety
 * actions) graded by {@code openai:chat:}{@value EndpointRole#GRADER_MODEL} at the same endpoint. So a test
 * makes one model call and one judge call, like a single-turn case of the engine. The images are copied
 * into the folder, named {@code <sha256>.<extension>} (promptfoo recognises an image by its extension).
 */
public final class PromptfooSuite {
    /** The configuration file's name. */
    public static final String CONFIG = "promptfooconfig.json";
    /** The prompt template's name: the user message as a chat-messages JSON array. */
    static final String PROMPT = "prompt.json";
    /**
     * The chat messages of a test: its opening as text and, when the case shows one, its image. promptfoo renders
     * it with Nunjucks ({@code dump} writes a JSON string) and sends it as the request's messages.
     */
    static final String PROMPT_TEMPLATE = "[{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": "
            + "{{ opening | dump }}}{% if image %}, {\"type\": \"image_url\", \"image_url\": {\"url\": \"{{ image }}\"}}"
            + "{% endif %}]}]\n";
    /** The API key promptfoo's OpenAI provider insists on; the loopback endpoint ignores it. */
    private static final String NO_KEY = "bench-no-key";

    private static final ObjectMapper JSON = new ObjectMapper();

    private PromptfooSuite() {
    }

    /** Where an image file with a SHA-256 is on this machine (the image mirror, the image cache), if anywhere. */
    @FunctionalInterface
    public interface ImageFiles {
        /** The file holding the image with this (lower-case hex) SHA-256, if there is one. */
        Optional<Path> find(String sha256) throws IOException;
    }

    /**
     * Writes the configuration for the cases of {@code cases} (every {@code *.json} but the suite file) into
     * {@code dir}, the endpoint's base URL {@code baseUrl} ({@code http://127.0.0.1:<port>/v1}); returns how
     * many tests it holds.
     *
     * @throws IOException if a case cannot be read, shows more than one image at turn 1 or its image is not found
     */
    public static int write(Path cases, Path dir, String baseUrl, ImageFiles images) throws IOException {
        Path imageDir = dir.resolve("images");
        Files.createDirectories(imageDir);
        Files.writeString(dir.resolve(PROMPT), PROMPT_TEMPLATE);
        ObjectNode config = JSON.createObjectNode();
        config.putArray("prompts").add("file://" + dir.resolve(PROMPT).toAbsolutePath());
        config.putArray("providers").add(provider(EndpointRole.MODEL_MODEL, baseUrl));
        config.putObject("defaultTest").putObject("options").set("provider",
                provider(EndpointRole.GRADER_MODEL, baseUrl));
        ArrayNode tests = config.putArray("tests");
        for (Path file : CaseFileList.of(cases)) {
            JsonNode found;
            try (InputStream in = Files.newInputStream(file)) {
                found = JSON.readTree(in);
            }
            tests.add(test(found, imageDir, images));
        }
        config.put("description", "IMCBench harness: " + tests.size() + " single-turn cases with an llm-rubric judge");
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(CONFIG).toFile(), config);
        return tests.size();
    }

    private static ObjectNode provider(String model, String baseUrl) {
        ObjectNode provider = JSON.createObjectNode().put("id", "openai:chat:" + model);
        provider.putObject("config").put("apiBaseUrl", baseUrl).put("apiKey", NO_KEY);
        return provider;
    }

    private static ObjectNode test(JsonNode found, Path imageDir, ImageFiles images) throws IOException {
        String id = found.path("id").asText();
        ObjectNode test = JSON.createObjectNode().put("description", id);
        ObjectNode vars = test.putObject("vars").put("opening", opening(found.path("plan")));
        List<JsonNode> shown = new ArrayList<>();
        found.path("images").forEach(image -> {
            if (image.path("shownAtTurn").asInt(1) == 1) {
                shown.add(image);
            }
        });
        if (shown.size() > 1) {
            throw new IOException("case " + id + " shows " + shown.size() + " images at turn 1; the promptfoo "
                    + "comparison sends at most one");
        }
        if (!shown.isEmpty()) {
            vars.put("image", "file://" + copy(shown.get(0), id, imageDir, images).toAbsolutePath());
        }
        test.putArray("assert").addObject().put("type", "llm-rubric").put("value", rubric(found.path("groundTruth")));
        return test;
    }

    private static String opening(JsonNode plan) {
        if (plan.has("opening")) {
            return plan.get("opening").asText();
        }
        JsonNode first = plan.path("turns").path(0);
        return first.isTextual() ? first.asText() : first.path("text").asText();
    }

    private static Path copy(JsonNode image, String id, Path imageDir, ImageFiles images) throws IOException {
        String sha256 = image.path("sha256").asText().toLowerCase(Locale.ROOT);
        Path copy = imageDir.resolve(sha256 + "." + extension(image.path("mediaType").asText()));
        if (!Files.exists(copy)) {
            Path source = images.find(sha256).orElseThrow(() -> new IOException("the image " + sha256 + " of case "
                    + id + " is neither in the image mirror nor in the image cache; give -Dimcbench.images.mirror"));
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    /** The file name extension promptfoo takes for an image of this media type ({@code image/jpeg}: {@code jpg}). */
    static String extension(String mediaType) {
        String subtype = mediaType.substring(mediaType.indexOf('/') + 1).toLowerCase(Locale.ROOT);
        return subtype.equals("jpeg") ? "jpg" : subtype;
    }

    /** The statement the grader checks: the case's diagnosis and its required safety actions. */
    static String rubric(JsonNode groundTruth) {
        List<String> actions = new ArrayList<>();
        groundTruth.path("requiredSafetyActions").forEach(action -> actions.add(action.path("label").asText()));
        return "The answer considers " + groundTruth.path("diagnosis").path("label").asText()
                + " and advises: " + String.join("; ", actions) + ".";
    }
}
