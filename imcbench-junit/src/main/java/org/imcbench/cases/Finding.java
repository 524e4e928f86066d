package org.imcbench.cases;

import java.util.List;
import java.util.Objects;

/**
 * One item of ground truth: a diagnosis, a differential, a safety action, a red flag or a
 * statement that must not be made. LLM judges read the label; the offline checklist judge
 * looks for any of the patterns (case-insensitive regular expressions) in the model's turns.
 *
 * @param label what the item is, in words
 * @param patterns regular expressions that show the item was met (or, for statements that must
 *     not be made, that it was made); empty means the label itself, matched literally
 */
public record Finding(String label, List<String> patterns) {
    /** Copies the patterns and checks the label. */
    public Finding {
        Objects.requireNonNull(label, "label");
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }
}
