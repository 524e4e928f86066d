package org.imcbench.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** Tiny images and label files made by the tests, and readers of what the generator wrote. */
final class DatasetFixtures {
    static final ObjectMapper JSON = new ObjectMapper();

    private DatasetFixtures() {
    }

    /** Writes a tiny image whose pixels depend on {@code shade}, so every file has its own SHA-256. */
    static void image(Path file, String format, int shade) throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, (shade * 7919 + x * 31 + y) & 0xffffff);
            }
        }
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no writer for " + format);
        }
    }

    /** Runs the command; returns its exit code and what it printed. */
    static Run generate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Generate.run(args, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The outcome of a run of the command. */
    record Run(int code, String out, String err) {
    }

    /** Every case file written to a folder, parsed, in file-name order. */
    static List<JsonNode> cases(Path folder) throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                cases.add(JSON.readTree(file.toFile()));
            }
        }
        return cases;
    }

    /** A knowledge file read as a tree, independently of the production binding. */
    static JsonNode knowledge(String dataset) throws IOException {
        try (InputStream in = DatasetFixtures.class.getClassLoader()
                .getResourceAsStream("imcbench/datasets/" + dataset + ".knowledge.json")) {
            return JSON.readTree(in);
        }
    }

    /** The knowledge entry of a label. */
    static JsonNode entry(JsonNode knowledge, String label) {
        for (JsonNode entry : knowledge.get("labels")) {
            if (entry.get("label").asText().equals(label)) {
                return entry;
            }
        }
        throw new AssertionError("no knowledge entry for " + label);
    }

    /** Everything of a case the model under test can see: title, EHR context, patient turns, hidden facts. */
    static List<String> visibleText(JsonNode caseJson) {
        List<String> texts = new ArrayList<>();
        texts.add(caseJson.get("title").asText());
        collect(caseJson.get("patient"), texts);
        JsonNode plan = caseJson.get("plan");
        if (plan.has("opening")) {
            texts.add(plan.get("opening").asText());
        }
        plan.path("turns").forEach(turn -> texts.add(turn.isTextual() ? turn.asText() : turn.get("text").asText()));
        caseJson.get("persona").get("hiddenFacts").forEach(fact -> texts.add(fact.get("fact").asText()));
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> collect(child, texts));
        node.fieldNames().forEachRemaining(texts::add);
    }

    /** The patterns that give a label away: its words and every diagnosis pattern of its knowledge entry. */
    static List<Pattern> giveaways(JsonNode knowledge, String label) {
        List<Pattern> patterns = new ArrayList<>();
        patterns.add(Pattern.compile("\\b" + Pattern.quote(label.replace('_', ' ')) + "\\b", Pattern.CASE_INSENSITIVE));
        entry(knowledge, label).get("diagnosis").get("patterns")
                .forEach(p -> patterns.add(Pattern.compile(p.asText(), Pattern.CASE_INSENSITIVE)));
        return patterns;
    }
}
