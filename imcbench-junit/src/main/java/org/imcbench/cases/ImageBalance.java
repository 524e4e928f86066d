package org.imcbench.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Warns when the images of a suite tell its strata apart by size or format alone: within one
 * modality, when the longest side of a case's images, or their media type, separates the
 * {@code malignant} (or {@code rare}) cases from the others, a model can guess the label from the
 * resolution instead of reading the picture (e.g. every malignant dermoscopy image 180 px, the benign
 * ones 1022–1504 px). Separation is the area under the ROC curve of the feature as a classifier of the
 * stratum, folded so that 0.5 is none and 1.0 complete; a stratum is compared only when it and the
 * rest each have at least {@link #MIN_CASES} cases of the modality.
 */
public final class ImageBalance {
    /** The separation from which a difference is reported. */
    public static final double WARN_AT = 0.8;
    /** The fewest cases on each side of a comparison. */
    public static final int MIN_CASES = 2;

    private static final Map<String, Predicate<BenchmarkCase>> STRATA = Map.of(
            "malignant", BenchmarkCase::malignant, "rare", BenchmarkCase::rare);

    private ImageBalance() {
    }

    /**
     * The warnings for a suite's cases.
     *
     * @param cases the suite's cases
     * @param images the case images that could be read, by SHA-256; a case with an image missing here
     *     is left out
     * @return one warning per modality, stratum and feature that separates, in a stable order
     */
    public static List<String> warnings(Collection<BenchmarkCase> cases, Function<String, Optional<ResolvedImage>> images) {
        Map<String, List<Measured>> byModality = new TreeMap<>();
        for (BenchmarkCase benchmarkCase : cases) {
            measure(benchmarkCase, images).ifPresent(measured -> byModality
                    .computeIfAbsent(benchmarkCase.modality(), modality -> new ArrayList<>()).add(measured));
        }
        List<String> warnings = new ArrayList<>();
        byModality.forEach((modality, measured) -> new TreeMap<>(STRATA).forEach((stratum, member) -> {
            List<Measured> in = measured.stream().filter(m -> member.test(m.benchmarkCase())).toList();
            List<Measured> out = measured.stream().filter(m -> !member.test(m.benchmarkCase())).toList();
            if (in.size() >= MIN_CASES && out.size() >= MIN_CASES) {
                String where = "modality " + (modality.isEmpty() ? "(none)" : modality) + ", " + stratum + " ("
                        + in.size() + " cases) against the others (" + out.size() + ")";
                sizeWarning(where, in, out).ifPresent(warnings::add);
                formatWarning(where, in, out).ifPresent(warnings::add);
            }
        }));
        return warnings;
    }

    private static Optional<String> sizeWarning(String where, List<Measured> in, List<Measured> out) {
        double separation = separation(in.stream().map(m -> (double) m.longestSide()).toList(),
                out.stream().map(m -> (double) m.longestSide()).toList());
        if (separation < WARN_AT) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "image size tells the strata apart: %s: longest side %s px "
                + "against %s px, separation %.2f; a model can guess the label from the resolution. Choose images "
                + "of comparable size, or keep imcbench.images.equalize on (the default), which sends every image "
                + "of such a modality at the longest side of its smallest", where, range(in), range(out), separation));
    }

    private static Optional<String> formatWarning(String where, List<Measured> in, List<Measured> out) {
        TreeSet<String> types = new TreeSet<>();
        in.forEach(m -> types.add(m.mediaType()));
        out.forEach(m -> types.add(m.mediaType()));
        for (String type : types) {
            double separation = separation(in.stream().map(m -> m.mediaType().equals(type) ? 1.0 : 0.0).toList(),
                    out.stream().map(m -> m.mediaType().equals(type) ? 1.0 : 0.0).toList());
            if (separation >= WARN_AT) {
                return Optional.of(String.format(Locale.ROOT, "image format tells the strata apart: %s: %s against "
                        + "%s, separation %.2f; a model can guess the label from the file format", where,
                        formats(in), formats(out), separation));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the longest sides of a stratum's cases ({@code in}) and of the others ({@code out}) tell them
     * apart: at least {@link #MIN_CASES} each, and a {@link #separation} of at least {@link #WARN_AT}.
     */
    static boolean sizeSeparates(List<Double> in, List<Double> out) {
        return in.size() >= MIN_CASES && out.size() >= MIN_CASES && separation(in, out) >= WARN_AT;
    }

    /** The folded area under the ROC curve: how well {@code value} ranks {@code in} above or below {@code out}. */
    static double separation(List<Double> in, List<Double> out) {
        double wins = 0;
        for (double a : in) {
            for (double b : out) {
                wins += a > b ? 1 : a == b ? 0.5 : 0;
            }
        }
        double auc = wins / ((double) in.size() * out.size());
        return Math.max(auc, 1 - auc);
    }

    private static String range(List<Measured> measured) {
        long min = measured.stream().mapToLong(Measured::longestSide).min().orElseThrow();
        long max = measured.stream().mapToLong(Measured::longestSide).max().orElseThrow();
        return min == max ? String.valueOf(min) : min + "–" + max;
    }

    private static String formats(List<Measured> measured) {
        return measured.stream().collect(Collectors.groupingBy(Measured::mediaType, TreeMap::new,
                Collectors.counting())).entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
    }

    /** The longest side of the case's largest image and the media type of its first, when every image was read. */
    private static Optional<Measured> measure(BenchmarkCase benchmarkCase,
            Function<String, Optional<ResolvedImage>> images) {
        return longestSide(benchmarkCase.images().stream().map(CaseImage::sha256).toList(), images)
                .map(longest -> new Measured(benchmarkCase, longest, benchmarkCase.images().get(0).mediaType()));
    }

    /** The longest side of the largest of these images, when every one of them could be read. */
    static Optional<Long> longestSide(List<String> sha256s, Function<String, Optional<ResolvedImage>> images) {
        long longest = 0;
        for (String sha256 : sha256s) {
            Optional<ImageDimensions> dimensions = images.apply(sha256)
                    .flatMap(resolved -> ImageDimensions.read(resolved.bytes(), resolved.mediaType()));
            if (dimensions.isEmpty()) {
                return Optional.empty();
            }
            longest = Math.max(longest, Math.max(dimensions.get().width(), dimensions.get().height()));
        }
        return sha256s.isEmpty() ? Optional.empty() : Optional.of(longest);
    }

    private record Measured(BenchmarkCase benchmarkCase, long longestSide, String mediaType) {
    }
}
