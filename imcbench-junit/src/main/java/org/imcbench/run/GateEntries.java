package org.imcbench.run;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the {@link GateOutcome#entries()} of a gate: each figure under {@code imcbench.gate.<name>},
 * scores written as in the messages ({@link Scores#format(double)}), in the order added.
 */
final class GateEntries {
    private final Map<String, String> entries = new LinkedHashMap<>();

    /** Adds a score or other decimal figure. */
    GateEntries score(String name, double value) {
        return text(name, Scores.format(value));
    }

    /** Adds a count. */
    GateEntries count(String name, int value) {
        return text(name, Integer.toString(value));
    }

    /** Adds a figure as text. */
    GateEntries text(String name, String value) {
        entries.put(GateOutcome.PREFIX + name, value);
        return this;
    }

    /** The entries added so far. */
    Map<String, String> map() {
        return entries;
    }
}
