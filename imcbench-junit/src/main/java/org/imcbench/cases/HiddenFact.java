package org.imcbench.cases;

import java.util.List;
import java.util.Objects;

/**
 * A fact the patient reveals only when asked about it.
 *
 * @param topic what the fact is about, e.g. {@code duration}
 * @param cues words in the model's question that count as asking about it (case-insensitive)
 * @param fact what the patient says, in the first person
 */
public record HiddenFact(String topic, List<String> cues, String fact) {
    /** Copies the cues and checks the required components. */
    public HiddenFact {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(fact, "fact");
        cues = cues == null ? List.of() : List.copyOf(cues);
    }
}
