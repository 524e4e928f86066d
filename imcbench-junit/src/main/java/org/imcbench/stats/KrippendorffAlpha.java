package org.imcbench.stats;

import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Krippendorff's alpha for ordinal data: agreement among any number of raters with missing
 * ratings, 1 meaning perfect agreement and 0 agreement at chance level. Computed from the
 * coincidence matrix with the ordinal distance
 * {@code δ²(c, k) = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)²} (Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability", 2011).
 */
public final class KrippendorffAlpha {
    private KrippendorffAlpha() {
    }

    /**
     * Ordinal alpha over units (e.g. cases), each holding the values the raters gave it; {@code null}
     * marks a missing rating. Units with fewer than two ratings are ignored.
     *
     * @return alpha, or empty when there is no pairable unit or no variation at all
     */
    public static OptionalDouble ordinal(List<? extends List<Integer>> units) {
        TreeSet<Integer> values = new TreeSet<>();
        units.forEach(unit -> unit.stream().filter(value -> value != null).forEach(values::add));
        Integer[] categories = values.toArray(Integer[]::new);
        int size = categories.length;
        double[][] coincidences = new double[size][size];
        for (List<Integer> unit : units) {
            List<Integer> rated = unit.stream().filter(value -> value != null).toList();
            int m = rated.size();
            if (m < 2) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        coincidences[index(categories, rated.get(i))][index(categories, rated.get(j))] += 1.0 / (m - 1);
                    }
                }
            }
        }
        double[] marginals = new double[size];
        double n = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                marginals[c] += coincidences[c][k];
            }
            n += marginals[c];
        }
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                double distance = ordinalDistance(marginals, c, k);
                observed += coincidences[c][k] * distance;
                expected += marginals[c] * marginals[k] * distance;
            }
        }
        observed /= n;
        expected /= n * (n - 1);
        return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of(1 - observed / expected);
    }

    private static double ordinalDistance(double[] marginals, int c, int k) {
        int low = Math.min(c, k);
        int high = Math.max(c, k);
        double sum = 0;
        for (int g = low; g <= high; g++) {
            sum += marginals[g];
        }
        double distance = sum - (marginals[c] + marginals[k]) / 2;
        return distance * distance;
    }

    private static int index(Integer[] categories, int value) {
        return java.util.Arrays.binarySearch(categories, value);
    }
}
