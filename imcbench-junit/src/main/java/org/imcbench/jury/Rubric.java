package org.imcbench.jury;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;

/**
 * A scoring rubric: the dimensions every judge scores 1..5, and how they combine into a case's
 * overall score (the mean weighted by {@link Dimension#weight()}, on the "higher is better" scale).
 *
 * @param id the rubric's identifier, e.g. {@code imcbench}
 * @param dimensions the dimensions, in report order
 */
public record Rubric(String id, List<Dimension> dimensions) {
    /** Copies the dimensions and checks there is at least one. */
    public Rubric {
        dimensions = List.copyOf(dimensions);
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("rubric '" + id + "' has no dimensions");
        }
    }

    /** The dimension with the given key. */
    public Dimension dimension(String key) {
        return dimensions.stream()
                .filter(dimension -> dimension.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("rubric '" + id + "' has no dimension '" + key + "'"));
    }

    /**
     * The overall score: the weighted mean of the given dimension scores, each on the "higher is
     * better" scale ({@link Dimension#goodness(double)}); empty unless every dimension has a score.
     *
     * @param scores score per dimension key
     */
    public OptionalDouble overall(Map<String, Double> scores) {
        double sum = 0;
        double weights = 0;
        for (Dimension dimension : dimensions) {
            Double score = scores.get(dimension.key());
            if (score == null) {
                return OptionalDouble.empty();
            }
            sum += dimension.weight() * dimension.goodness(score);
            weights += dimension.weight();
        }
        return OptionalDouble.of(sum / weights);
    }
}
