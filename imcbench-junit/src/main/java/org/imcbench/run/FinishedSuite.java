package org.imcbench.run;

import java.nio.file.Path;
import java.util.Objects;
import org.imcbench.report.SuiteReport;

/**
 * A suite whose cases have all finished: its report (compared with the baseline, when one is configured)
 * and the files it was written to.
 *
 * @param report the report
 * @param json the absolute path of {@code report.json}
 * @param html the absolute path of {@code report.html}
 */
public record FinishedSuite(SuiteReport report, Path json, Path html) {
    /** Checks that every component is present. */
    public FinishedSuite {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(html, "html");
    }
}
