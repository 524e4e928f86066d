package org.imcbench.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The longest side, in pixels, at which each case's images are sent to the model under test. Every
 * image is bounded by {@code imcbench.images.max-side}; with {@code imcbench.images.equalize} (the
 * default), every image of a modality in the suite is sent at the longest side of the smallest image of
 * that modality, so that within a suite resolution tells nothing about the case (in the starter suite
 * the malignant dermoscopy images are 180 px and the benign ones up to 1504 px). Images are only ever
 * downscaled, never enlarged: enlarging adds no detail and its blur would itself be a tell.
 */
public final class SentImageSides {
    private final int maxSide;
    private final Map<String, Integer> smallestByModality;

    private SentImageSides(int maxSide, Map<String, Integer> smallestByModality) {
        this.maxSide = maxSide;
        this.smallestByModality = Map.copyOf(smallestByModality);
    }

    /**
     * The sides for a suite.
     *
     * @param cases the suite's cases
     * @param images the images that could be read, by SHA-256 (others do not count)
     * @param maxSide {@code imcbench.images.max-side}
     * @param equalize {@code imcbench.images.equalize}
     */
    public static SentImageSides of(Collection<BenchmarkCase> cases, Function<String, Optional<ResolvedImage>> images,
            int maxSide, boolean equalize) {
        Map<String, Set<String>> byModality = new HashMap<>();
        cases.forEach(benchmarkCase -> addImages(byModality, benchmarkCase));
        return of(byModality, images, maxSide, equalize);
    }

    /**
     * The sides for a suite from the images of each modality, collected case by case with {@link #addImages}.
     *
     * @param imagesByModality the SHA-256 of every image of the suite's cases, by the cases' modality
     * @param images the images that could be read, by SHA-256 (others do not count)
     * @param maxSide {@code imcbench.images.max-side}
     * @param equalize {@code imcbench.images.equalize}
     */
    public static SentImageSides of(Map<String, Set<String>> imagesByModality,
            Function<String, Optional<ResolvedImage>> images, int maxSide, boolean equalize) {
        if (maxSide < 1) {
            throw new IllegalArgumentException("maxSide must be at least 1: " + maxSide);
        }
        Map<String, Integer> smallest = new HashMap<>();
        if (equalize) {
            imagesByModality.forEach((modality, sha256s) -> sha256s.forEach(sha256 -> images.apply(sha256)
                    .flatMap(resolved -> ImageDimensions.read(resolved.bytes(), resolved.mediaType()))
                    .ifPresent(size -> smallest.merge(modality,
                            (int) Math.min(Integer.MAX_VALUE, Math.max(size.width(), size.height())), Math::min))));
        }
        return new SentImageSides(maxSide, smallest);
    }

    /** Adds the SHA-256 of a case's images under the case's modality. */
    public static void addImages(Map<String, Set<String>> imagesByModality, BenchmarkCase benchmarkCase) {
        Set<String> sha256s = imagesByModality.computeIfAbsent(benchmarkCase.modality(), modality -> new HashSet<>());
        benchmarkCase.images().forEach(image -> sha256s.add(image.sha256()));
    }

    /** The longest side the images of this case are sent at, and why. */
    public Side sideFor(BenchmarkCase benchmarkCase) {
        Integer smallest = smallestByModality.get(benchmarkCase.modality());
        if (smallest == null || smallest >= maxSide) {
            return Side.maxSide(maxSide);
        }
        String modality = benchmarkCase.modality().isEmpty() ? "" : benchmarkCase.modality() + " ";
        return new Side(smallest, "imcbench.images.equalize: the suite's smallest " + modality + "image is "
                + smallest + " px");
    }

    /**
     * A longest side and the setting that set it, as the transcript records a downscaled image.
     *
     * @param pixels the longest side, at least 1
     * @param reason why, e.g. {@code imcbench.images.max-side 2048}
     */
    public record Side(int pixels, String reason) {
        /** The bound of {@code imcbench.images.max-side} alone. */
        public static Side maxSide(int pixels) {
            return new Side(pixels, "imcbench.images.max-side " + pixels);
        }

        /** Checks the components. */
        public Side {
            if (pixels < 1) {
                throw new IllegalArgumentException("pixels must be at least 1: " + pixels);
            }
            Objects.requireNonNull(reason, "reason");
        }
    }
}
