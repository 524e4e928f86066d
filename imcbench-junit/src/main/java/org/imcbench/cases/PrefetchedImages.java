package org.imcbench.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The images of a suite after {@link ImageResolver#prefetch}: the verified ones by SHA-256, per
 * case id the problems of images that were read but do not fit their case (wrong hash, media type
 * or size; those fail their case only, the other cases run), and the images that could not be had.
 *
 * @param images verified images by SHA-256
 * @param rejected per case id, one located problem per rejected image
 * @param missing images that could not be had at all
 */
public record PrefetchedImages(Map<String, ResolvedImage> images, Map<String, List<CaseFormatException>> rejected,
        List<MissingImage> missing) {
    /** Copies the collections. */
    public PrefetchedImages {
        images = Map.copyOf(images);
        rejected = Map.copyOf(rejected);
        missing = List.copyOf(missing);
    }

    /** Nothing fetched yet. */
    public static PrefetchedImages none() {
        return new PrefetchedImages(Map.of(), Map.of(), List.of());
    }

    /** The verified image with this hash, if it was fetched. */
    public Optional<ResolvedImage> image(String sha256) {
        return Optional.ofNullable(images.get(sha256));
    }

    /** The problems of a case's images; empty when they are all fine. */
    public List<CaseFormatException> problemsOf(String caseId) {
        return rejected.getOrDefault(caseId, List.of());
    }
}
