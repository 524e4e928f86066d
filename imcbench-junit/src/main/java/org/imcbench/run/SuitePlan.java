package org.imcbench.run;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to run of a suite: its name, where its reports go, its cases in the order their tests report
 * them and, when the selection leaves part of the suite out, what was left out. A partial run writes
 * its report beside the full run's (in {@code partial/}, or {@code shard-K-of-N/} for a shard) and does not
 * evaluate the suite's gates.
 *
 * @param name the suite's name (its report folder)
 * @param reportDirectory the folder of every suite's reports ({@code imcbench.report.dir})
 * @param cases the cases to run, in reporting order, each id once
 * @param partial what the selection left out, e.g. {@code 1 of 8 cases selected}; empty for the whole suite
 * @param partialFolder the folder beside the full run's report that a partial run's report goes to
 */
public record SuitePlan(String name, Path reportDirectory, List<CasePlan> cases, Optional<String> partial,
        String partialFolder) {
    /** The folder of a partial run's report unless it is a shard's. */
    public static final String PARTIAL_FOLDER = "partial";

    /** Copies the cases and checks that their ids are distinct. */
    public SuitePlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reportDirectory, "reportDirectory");
        cases = List.copyOf(cases);
        Objects.requireNonNull(partial, "partial");
        Objects.requireNonNull(partialFolder, "partialFolder");
        Set<String> ids = new HashSet<>();
        for (CasePlan plan : cases) {
            if (!ids.add(plan.id())) {
                throw new IllegalArgumentException("case '" + plan.id() + "' is planned twice in suite " + name);
            }
        }
    }

    /** A plan whose partial report, if it is partial, goes to {@code partial/}. */
    public SuitePlan(String name, Path reportDirectory, List<CasePlan> cases, Optional<String> partial) {
        this(name, reportDirectory, cases, partial, PARTIAL_FOLDER);
    }
}
