package org.imcbench.cases;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What a run needs of a case before the case runs, kept from discovery so that the run's first pass (fetching
 * every image, choosing the sides images are sent at) parses no case again: the case's images, where its
 * relative image paths resolve, and its strata.
 *
 * @param id the case's id
 * @param source where the case was read from; relative image paths resolve against it
 * @param modality the case's modality ({@code ""} when it names none)
 * @param malignant whether the case is malignant
 * @param rare whether the case is rare
 * @param images the case's images, in the case's order
 */
public record CaseOutline(String id, URI source, String modality, boolean malignant, boolean rare,
        List<CaseImage> images) {
    /** Checks the components and copies the images. */
    public CaseOutline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(modality, "modality");
        images = List.copyOf(images);
    }

    /** The outline of a case. */
    public static CaseOutline of(BenchmarkCase benchmarkCase) {
        return new CaseOutline(benchmarkCase.id(), benchmarkCase.source(), benchmarkCase.modality(),
                benchmarkCase.malignant(), benchmarkCase.rare(), benchmarkCase.images());
    }
}
