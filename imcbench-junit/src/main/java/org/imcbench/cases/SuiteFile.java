package org.imcbench.cases;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The optional suite file of a case folder ({@code <name>.suite.json}): makes a folder of cases a
 * named suite with its own rubric, thresholds and case selection, without Java code.
 *
 * @param sourceName how messages name the file
 * @param name the suite's name (report folder, display name of a folder suite)
 * @param description what the suite covers
 * @param rubric the id of the rubric cases are judged on
 * @param thresholds minimum jury score per dimension key, each 1..5
 * @param cases globs of the case files, relative to the folder; empty means every case file
 * @param locations where each value is in the file, for errors found after reading
 */
public record SuiteFile(String sourceName, String name, String description, String rubric,
        Map<String, Double> thresholds, List<String> cases, CaseLocations locations) {
    /** The rubric of a suite file that names none. */
    public static final String DEFAULT_RUBRIC = "imcbench";

    /** Copies the collections and checks the components. */
    public SuiteFile {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(rubric, "rubric");
        thresholds = Map.copyOf(thresholds);
        cases = List.copyOf(cases);
        Objects.requireNonNull(locations, "locations");
    }
}
