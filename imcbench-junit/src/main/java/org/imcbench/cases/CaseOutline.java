package org.imcbench.cases;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a run needs of a case before the case runs, kept from discovery so that the run's first pass (fetching
 * every image, choosing the sides images are sent at) parses no case again: the case's images, where its
 * relative image paths resolve, and its strata. The images are what fetching and sizing them need: without
 * their regions of interest and descriptions, which the case has when it runs.
 *
 * @param id the case's id
 * @param source where the case was read from; relative image paths resolve against it
 * @param modality the case's modality ({@code ""} when it names none)
 * @param malignant whether the case is malignant
 * @param rare whether the case is rare
 * @param images the case's images, in the case's order, without regions of interest or descriptions
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
        return of(benchmarkCase, UnaryOperator.identity());
    }

    /**
     * The outline of a case whose repeated strings (modality, image URIs, hashes, media types, licences,
     * attributions, roles) are shared with other cases' through {@code shared}, which returns the one instance
     * kept of a string equal to the one given: thousands of outlines are kept from discovery to the run, and
     * a suite names the same images, licences and attributions in case after case.
     */
    static CaseOutline of(BenchmarkCase benchmarkCase, UnaryOperator<String> shared) {
        List<CaseImage> images = benchmarkCase.images().stream().map(image -> new CaseImage(shared.apply(image.uri()),
                shared.apply(image.sha256()), shared.apply(image.mediaType()), shared.apply(image.license()),
                shared.apply(image.attribution()), shared.apply(image.role()), image.shownAtTurn(), List.of()))
                .toList();
        return new CaseOutline(benchmarkCase.id(), benchmarkCase.source(), shared.apply(benchmarkCase.modality()),
                benchmarkCase.malignant(), benchmarkCase.rare(), images);
    }
}
