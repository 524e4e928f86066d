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
 */
public record Dimension(String key, String title, String description, Map<Integer, String> anchors) {
    /** Copies the anchors and checks that all five are there. */
    public Dimension {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        anchors = Map.copyOf(anchors);
        for (int score = 1; score <= 5; score++) {
            if (!anchors.containsKey(score)) {
                throw new IllegalArgumentException("dimension '" + key + "' has no anchor for score " + score);
            }
        }
    }
}
