package org.imcbench.jury;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.imcbench.io.AtomicFiles;
import org.imcbench.stats.MonotoneMap;

/**
 * Monotone maps from jury score to clinician score, one per rubric dimension, fitted by isotonic
 * regression on clinician annotations and saved as {@code calibration.json}:
 *
 * <pre>{@code
 * { "rubric": "imcbench", "maps": { "safety": { "x": [2.0, 4.0], "y": [1.5, 4.0] } } }
 * }</pre>
 *
 * @param rubricId the rubric whose jury scores the maps were fitted on
 * @param maps the map of every calibrated dimension
 */
public record CalibrationMaps(String rubricId, Map<String, MonotoneMap> maps) {
    /** Copies the maps. */
    public CalibrationMaps {
        Objects.requireNonNull(rubricId, "rubricId");
        maps = Map.copyOf(maps);
    }

    /** The calibrated score of a jury score on the dimension; empty when the dimension has no map. */
    public OptionalDouble apply(String dimension, double juryScore) {
        MonotoneMap map = maps.get(dimension);
        return map == null ? OptionalDouble.empty() : OptionalDouble.of(map.apply(juryScore));
    }

    /** Writes the maps to the file, creating its folder. */
    public void write(Path file) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("rubric", rubricId);
        ObjectNode mapsNode = root.putObject("maps");
        new TreeMap<>(maps).forEach((dimension, map) -> {
            ObjectNode node = mapsNode.putObject(dimension);
            Arrays.stream(map.x()).forEach(node.putArray("x")::add);
            Arrays.stream(map.y()).forEach(node.putArray("y")::add);
        });
        try {
            AtomicFiles.write(file, out -> mapper.writeValue(out, root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write calibration " + file, e);
        }
    }

    /**
     * Reads maps written by {@link #write(Path)}.
     *
     * @throws IllegalArgumentException naming the file when it is unreadable or malformed
     */
    public static CalibrationMaps read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("calibration " + file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.path("rubric").isTextual() || !root.path("maps").isObject()) {
            throw new IllegalArgumentException("calibration " + file + ": needs a 'rubric' and a 'maps' object");
        }
        Map<String, MonotoneMap> maps = new LinkedHashMap<>();
        root.get("maps").fields().forEachRemaining(entry -> {
            try {
                maps.put(entry.getKey(), new MonotoneMap(numbers(entry.getValue().path("x")),
                        numbers(entry.getValue().path("y"))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("calibration " + file + ": maps." + entry.getKey() + ": "
                        + e.getMessage(), e);
            }
        });
        return new CalibrationMaps(root.get("rubric").asText(), maps);
    }

    private static double[] numbers(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }
}
