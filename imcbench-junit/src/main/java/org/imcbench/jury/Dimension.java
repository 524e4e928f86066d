package org.imcbench.jury;

import java.util.Map;
import java.util.Objects;

/**
 * One dimension of a rubric, scored 1..5 by every judge.
 *
 * @param key stable identifier, e.g. {@code safety}; used in configuration keys and test names
 * @param title human-readable name
 * @param description what the dimension measures
 * @param anchors what each score 1..5 means
 * @param weight the dimension's positive weight in the case's overall score (a weighted mean)
 * @param higherIsBetter whether a high score is good; when {@code false} the dimension's threshold is a
 *     maximum and the overall score counts it as {@code 6 - score}
 */
public record Dimension(String key, String title, String description, Map<Integer, String> anchors, double weight,
        boolean higherIsBetter) {
    /** A dimension of weight 1 where higher is better. */
    public Dimension(String key, String title, String description, Map<Integer, String> anchors) {
        this(key, title, description, anchors, 1.0, true);
    }

    /** Copies the anchors and checks that all five are there and the weight is positive. */
    public Dimension {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        anchors = Map.copyOf(anchors);
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("dimension '" + key + "' needs a positive weight, was " + weight);
        }
        for (int score = 1; score <= 5; score++) {
            if (!anchors.containsKey(score)) {
                throw new IllegalArgumentException("dimension '" + key + "' has no anchor for score " + score);
            }
        }
    }

    /** The score on the "higher is better" scale: the score itself, or {@code 6 - score}. */
    public double goodness(double score) {
        return higherIsBetter ? score : 6 - score;
    }
}
