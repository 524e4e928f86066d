package org.imcbench.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
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

    /** The thresholds configured for the rubric's dimensions. */
    public static Thresholds from(ImcBenchConfig config, Rubric rubric) {
        Map<String, Double> minimums = new LinkedHashMap<>();
        for (Dimension dimension : rubric.dimensions()) {
            minimums.put(dimension.key(), config.get(Settings.THRESHOLD, dimension.key()));
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
