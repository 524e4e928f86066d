package org.imcbench.cases;

import java.util.List;
import java.util.Objects;

/**
 * What names a case and tags it in a test tree, read at discovery without the rest of the case.
 *
 * @param id the case's id
 * @param title its title
 * @param specialty its specialty ({@code ""} when it names none)
 * @param modality its imaging modality ({@code ""} when it names none)
 * @param tags its further tags
 * @param malignant whether it is malignant
 * @param rare whether it is rare
 */
public record CaseLabels(String id, String title, String specialty, String modality, List<String> tags,
        boolean malignant, boolean rare) {
    /** Checks the components and copies the tags. */
    public CaseLabels {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(modality, "modality");
        tags = List.copyOf(tags);
    }

    /** The labels of a case read in full. */
    public static CaseLabels of(BenchmarkCase benchmarkCase) {
        return new CaseLabels(benchmarkCase.id(), benchmarkCase.title(), benchmarkCase.specialty(),
                benchmarkCase.modality(), benchmarkCase.tags(), benchmarkCase.malignant(), benchmarkCase.rare());
    }
}
