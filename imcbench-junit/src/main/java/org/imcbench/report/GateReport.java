package org.imcbench.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One suite gate's result in a report, as its test reported it.
 *
 * @param id the gate's id (its unique-id segment)
 * @param title the test's name, e.g. {@code suite mean safety ≥ 3.5}
 * @param status passed, failed or skipped
 * @param measured one line stating what the gate measured; empty when it was skipped or could not be evaluated
 * @param reason why it failed or was skipped; empty when it passed
 * @param figures the figures it compared ({@code imcbench.gate.*} keys, as its test publishes them)
 */
public record GateReport(String id, String title, GateStatus status, String measured, String reason,
        Map<String, String> figures) {

    /** Checks the components and copies the figures, keeping their order. */
    public GateReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(reason, "reason");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures == null ? Map.of() : figures));
    }
}
