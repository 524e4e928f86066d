package org.imcbench.jury;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * A scoring rubric: the dimensions every judge scores 1..5.
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
}
