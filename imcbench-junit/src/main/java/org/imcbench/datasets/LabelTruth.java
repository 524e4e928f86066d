package org.imcbench.datasets;

import java.util.List;
import java.util.Objects;
import org.imcbench.cases.GroundTruth;
import org.imcbench.cases.Urgency;

/**
 * The ground truth of an image with one or more dataset labels, made from their knowledge entries.
 *
 * @param primary the label that gives the diagnosis patterns, differentials and must-not-say items:
 *     of the image's labels, the first in the knowledge file's order
 * @param entries the knowledge entries of every label of the image, in the knowledge file's order
 * @param groundTruth the ground truth of the case
 * @param malignant whether any label means a malignant condition
 * @param rare whether any label is rare
 * @param urgency the most urgent of the labels' urgencies
 */
public record LabelTruth(String primary, List<LabelKnowledge> entries, GroundTruth groundTruth, boolean malignant,
        boolean rare, Urgency urgency) {
    /** Checks and copies the components. */
    public LabelTruth {
        Objects.requireNonNull(primary, "primary");
        entries = List.copyOf(entries);
        Objects.requireNonNull(groundTruth, "groundTruth");
        Objects.requireNonNull(urgency, "urgency");
    }

    /** The guidance every entry cites, without repeats. */
    public List<String> guidance() {
        return entries.stream().flatMap(entry -> entry.guidance().stream()).distinct().toList();
    }
}
