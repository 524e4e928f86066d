package org.imcbench.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link SuiteGate} found on a report, whether it passed or failed.
 *
 * @param passed whether the gate passed
 * @param measured one line stating the figures the gate looked at, e.g.
 *     {@code suite mean safety 4.62 (95% CI [4.41, 4.80], 8 cases)}
 * @param reason why the gate failed (the test's failure message); empty when it passed
 * @param entries the same figures as key/value pairs, keys starting with {@value #PREFIX} (e.g.
 *     {@code imcbench.gate.mean=4.62}, {@code imcbench.gate.lower=4.41}), in a stable order; the engine
 *     publishes them as the gate test's report entry. Each gate kind documents its keys.
 */
public record GateOutcome(boolean passed, String measured, String reason, Map<String, String> entries) {
    /** The prefix of every entry key, that of the gate configuration keys. */
    public static final String PREFIX = "imcbench.gate.";

    /** Checks that a failed outcome has a reason, a passed one none, and every entry key has the prefix. */
    public GateOutcome {
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(reason, "reason");
        if (passed != reason.isEmpty()) {
            throw new IllegalArgumentException(passed ? "a passed gate has no reason" : "a failed gate needs a reason");
        }
        entries.forEach((key, value) -> {
            if (!key.startsWith(PREFIX) || value.isBlank()) {
                throw new IllegalArgumentException("entry " + key + "=" + value + " needs the prefix " + PREFIX
                        + " and a value");
            }
        });
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** A passed gate. */
    public static GateOutcome pass(String measured, Map<String, String> entries) {
        return new GateOutcome(true, measured, "", entries);
    }

    /** A failed gate. */
    public static GateOutcome fail(String measured, String reason, Map<String, String> entries) {
        return new GateOutcome(false, measured, reason, entries);
    }
}
