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
 * its report beside the full run's (in {@code partial/}) and does not evaluate the suite's gates.
 *
 * @param name the suite's name (its report folder)
 * @param reportDirectory the folder of every suite's reports ({@code imcbench.report.dir})
 * @param cases the cases to run, in reporting order, each id once
 * @param partial what the selection left out, e.g. {@code 1 of 8 cases selected}; empty for the whole suite
 */
public record SuitePlan(String name, Path reportDirectory, List<CasePlan> cases, Optional<String> partial) {

    /** Copies the cases and checks that their ids are distinct. */
    public SuitePlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reportDirectory, "reportDirectory");
        cases = List.copyOf(cases);
        Objects.requireNonNull(partial, "partial");
        Set<String> ids = new HashSet<>();
        for (CasePlan plan : cases) {
            if (!ids.add(plan.id())) {
                throw new IllegalArgumentException("case '" + plan.id() + "' is planned twice in suite " + name);
            }
        }
    }
}
