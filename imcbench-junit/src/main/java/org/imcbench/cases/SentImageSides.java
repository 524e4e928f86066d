package org.imcbench.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The longest side, in pixels, at which each case's images are sent to the model under test. Every
 * image is bounded by {@code imcbench.images.max-side}. With {@code imcbench.images.equalize} (the
 * default), a modality whose image size tells a stratum apart (malignant or rare cases against the
 * others, as {@link ImageBalance} measures it: at least {@value ImageBalance#MIN_CASES} cases on each side
 * and a separation of at least {@value ImageBalance#WARN_AT}) has every image sent at the longest side of
 * its smallest image, so that resolution tells nothing about the label (in the starter suite the
 * malignant dermoscopy images are 180 px and the benign ones up to 1504 px). Other modalities keep their
 * resolution: a small crop in a folder of full photographs is a case of its own, not a reason to blur the
 * rest. Images are only ever downscaled, never enlarged: enlarging adds no detail and its blur would
 * itself be a tell.
 */
public final class SentImageSides {
    private final int maxSide;
    private final Map<String, Integer> smallestByModality;

    private SentImageSides(int maxSide, Map<String, Integer> smallestByModality) {
        this.maxSide = maxSide;
        this.smallestByModality = Map.copyOf(smallestByModality);
    }

    /**
     * The sides for a suite from what they need of its cases ({@link CaseImages#of}, taken as each case is
     * read, so that the cases need not be kept).
     *
     * @param cases each case's modality, strata and images
     * @param images the images that could be read, by SHA-256 (others do not count)
     * @param maxSide {@code imcbench.images.max-side}
     * @param equalize {@code imcbench.images.equalize}
     */
    public static SentImageSides ofImages(Collection<CaseImages> cases,
            Function<String, Optional<ResolvedImage>> images, int maxSide, boolean equalize) {
        if (maxSide < 1) {
            throw new IllegalArgumentException("maxSide must be at least 1: " + maxSide);
        }
        Map<String, Integer> smallest = new HashMap<>();
        if (equalize) {
            Map<String, List<Sized>> byModality = new HashMap<>();
            for (CaseImages caseImages : cases) {
                ImageBalance.longestSide(caseImages.sha256s(), images).ifPresent(side -> byModality
                        .computeIfAbsent(caseImages.modality(), modality -> new ArrayList<>())
                        .add(new Sized(caseImages, (int) Math.min(Integer.MAX_VALUE, side))));
            }
            byModality.forEach((modality, sized) -> {
                if (sizeTellsApart(sized, CaseImages::malignant) || sizeTellsApart(sized, CaseImages::rare)) {
                    smallest.put(modality, sized.stream().mapToInt(Sized::side).min().orElseThrow());
                }
            });
        }
        return new SentImageSides(maxSide, smallest);
    }

    private static boolean sizeTellsApart(List<Sized> sized, Predicate<CaseImages> stratum) {
        List<Double> in = sized.stream().filter(s -> stratum.test(s.caseImages())).map(s -> (double) s.side())
                .toList();
        List<Double> out = sized.stream().filter(s -> !stratum.test(s.caseImages())).map(s -> (double) s.side())
                .toList();
        return ImageBalance.sizeSeparates(in, out);
    }

    /**
     * What the sides need of one case.
     *
     * @param modality the case's modality
     * @param malignant whether it is malignant
     * @param rare whether it is rare
     * @param sha256s its images
     */
    public record CaseImages(String modality, boolean malignant, boolean rare, List<String> sha256s) {
        /** Copies the images. */
        public CaseImages {
            Objects.requireNonNull(modality, "modality");
            sha256s = List.copyOf(sha256s);
        }

        /** What the sides need of a case, from its outline. */
        public static CaseImages of(CaseOutline outline) {
            return new CaseImages(outline.modality(), outline.malignant(), outline.rare(),
                    outline.images().stream().map(CaseImage::sha256).toList());
        }
    }

    private record Sized(CaseImages caseImages, int side) {
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
