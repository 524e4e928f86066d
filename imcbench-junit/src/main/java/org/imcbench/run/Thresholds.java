package org.imcbench.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.imcbench.config.ConfigException;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.imcbench.jury.Dimension;
import org.imcbench.jury.Rubric;

/** The minimum jury score of every rubric dimension ({@code imcbench.threshold.<dimension>}). */
public final class Thresholds {
    private final Map<String, Double> minimums;

    private Thresholds(Map<String, Double> minimums) {
        this.minimums = Map.copyOf(minimums);
    }

    /**
     * The thresholds configured for the rubric's dimensions.
     *
     * @throws ConfigException for a threshold key naming a dimension the rubric does not have, or a bad value
     */
    public static Thresholds from(ImcBenchConfig config, Rubric rubric) {
        Map<String, Double> minimums = new LinkedHashMap<>();
        for (Dimension dimension : rubric.dimensions()) {
            minimums.put(dimension.key(), config.get(Settings.THRESHOLD, dimension.key()));
        }
        List<String> problems = new ArrayList<>();
        config.keys("imcbench.threshold.").forEach((key, origin) -> Settings.THRESHOLD.match(key)
                .map(values -> values.get("dimension"))
                .filter(dimension -> !minimums.containsKey(dimension))
                .ifPresent(dimension -> problems.add("configuration '" + key + "' (from " + origin
                        + ") names dimension '" + dimension + "', which rubric '" + rubric.id()
                        + "' does not have; use one of " + String.join(", ", minimums.keySet()))));
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("\n", problems));
        }
        return new Thresholds(minimums);
    }

    /** The minimum jury score of a dimension. */
    public double minimum(String dimension) {
        Double minimum = minimums.get(dimension);
        if (minimum == null) {
            throw new NoSuchElementException("no threshold for dimension '" + dimension + "'");
        }
        return minimum;
    }

    /** Every dimension's minimum. */
    public Map<String, Double> asMap() {
        return minimums;
    }
}
