package org.imcbench.datasets;

import java.util.List;
import java.util.Map;

/**
 * What a generation did.
 *
 * @param caseIds the ids of the cases written, in file-name order
 * @param priorCases how many of them are prior-study cases
 * @param rows how many rows the label file has
 * @param skippedLabels labels without a knowledge entry, with how many rows they made skipped
 * @param missingImages how many rows' image files are not below the dataset root
 * @param priorPairsAvailable how many same-patient pairs the usable rows gave
 * @param allocation how many single-image cases each stratum got
 */
public record GenerationReport(List<String> caseIds, int priorCases, int rows, Map<String, Integer> skippedLabels,
        int missingImages, int priorPairsAvailable, Map<String, Integer> allocation) {
    /** Copies the components. */
    public GenerationReport {
        caseIds = List.copyOf(caseIds);
        skippedLabels = Map.copyOf(skippedLabels);
        allocation = Map.copyOf(allocation);
    }
}
