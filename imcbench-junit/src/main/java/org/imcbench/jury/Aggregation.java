package org.imcbench.jury;

import java.util.List;
import java.util.OptionalDouble;

/** How the jury combines the judges' scores on one dimension. */
public enum Aggregation {
    /** The arithmetic mean (the default). */
    MEAN,
    /** The median; the mean of the two middle scores for an even number of judges. */
    MEDIAN;

    /** The combined score, or empty when there are no scores. */
    public OptionalDouble apply(List<Integer> scores) {
        if (scores.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (this == MEAN) {
            return scores.stream().mapToInt(Integer::intValue).average();
        }
        int[] sorted = scores.stream().mapToInt(Integer::intValue).sorted().toArray();
        int middle = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0);
    }
}
