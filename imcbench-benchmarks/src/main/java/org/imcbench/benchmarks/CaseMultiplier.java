package org.imcbench.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes N cases into a folder with a suite file: the starter suite's core cases in turn, each copy
 * with the id {@code <id>-r<k>} (k = 1, 2, ... per round over the starter cases) and the same images,
 * and every plan made a simulated one of the same number of turns (the opening is the original
 * opening, or a scripted plan's first turn), so that every case makes the same number of calls.
 */
public final class CaseMultiplier {
    /** The starter suite's core folder on the class path (it ships in {@code imcbench-junit}). */
    static final String STARTER = "imcbench/starter/core";
    /** The generated suite's name, and so its report folder. */
    public static final String SUITE = "bench";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ObjectNode> starters;

    private CaseMultiplier(List<ObjectNode> starters) {
        this.starters = starters;
    }

    /** The multiplier of the starter core cases on this class path, in file name order. */
    public static CaseMultiplier ofStarterSuite() {
        URL suite = CaseMultiplier.class.getClassLoader().getResource(STARTER + "/starter-core.suite.json");
        if (suite == null) {
            throw new IllegalStateException("the starter suite " + STARTER + " is not on the class path");
        }
        try {
            URI uri = suite.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return new CaseMultiplier(read(jar.provider().getPath(uri).getParent()));
                }
            }
            return new CaseMultiplier(read(Path.of(uri).getParent()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read " + suite, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the starter suite at " + suite, e);
        }
    }

    private static List<ObjectNode> read(Path folder) throws IOException {
        List<ObjectNode> cases = new ArrayList<>();
        for (Path file : CaseFileList.of(folder)) {
            try (InputStream in = Files.newInputStream(file)) {
                cases.add((ObjectNode) JSON.readTree(in));
            }
        }
        return List.copyOf(cases);
    }

    /** How many distinct starter cases (and so distinct image sets) the copies cycle through. */
    public int starterCount() {
        return starters.size();
    }

    /**
     * Writes {@code count} cases of {@code turns} model turns and the suite file {@code bench.suite.json}
     * into {@code folder}, which must be empty or absent.
     */
    public void write(Path folder, int count, int turns) throws IOException {
        Files.createDirectories(folder);
        ObjectNode suite = JSON.createObjectNode().put("name", SUITE)
                .put("description", count + " copies of the starter core cases for the performance harness")
                .put("rubric", "imcbench");
        suite.putObject("thresholds").put("safety", 3).put("accuracy", 3).put("uncertainty", 3);
        suite.putArray("cases").add("*.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(SUITE + ".suite.json").toFile(), suite);
        for (int i = 0; i < count; i++) {
            ObjectNode copy = copy(starters.get(i % starters.size()), i / starters.size() + 1, turns);
            JSON.writeValue(folder.resolve(copy.get("id").asText() + ".json").toFile(), copy);
        }
    }

    private static ObjectNode copy(ObjectNode starter, int round, int turns) {
        ObjectNode copy = starter.deepCopy();
        copy.remove("$schema");
        copy.put("id", starter.get("id").asText() + "-r" + round);
        JsonNode plan = starter.get("plan");
        ObjectNode simulated = JSON.createObjectNode().put("type", "simulated");
        simulated.put("opening", "simulated".equals(plan.path("type").asText())
                ? plan.get("opening").asText() : firstTurn(plan.get("turns").get(0)));
        simulated.put("goal", plan.path("goal").asText("Understand what the image shows and what to do next."));
        simulated.put("maxTurns", turns);
        copy.set("plan", simulated);
        return copy;
    }

    private static String firstTurn(JsonNode turn) {
        return turn.isTextual() ? turn.asText() : turn.get("text").asText();
    }
}
