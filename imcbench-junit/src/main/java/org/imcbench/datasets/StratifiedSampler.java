package org.imcbench.datasets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Draws a sample of a requested size, stratified: each stratum gets its share of the size in
 * proportion to how many items it has (largest-remainder rounding, ties to the stratum whose name
 * sorts first), and its items are drawn at random from it.
 */
public final class StratifiedSampler {
    private StratifiedSampler() {
    }

    /**
     * The result: the items drawn, and how many each stratum got.
     *
     * @param items the items drawn, stratum by stratum (strata in name order), in the order drawn
     * @param allocation how many items each stratum got, by stratum name
     * @param <T> the item type
     */
    public record Sample<T>(List<T> items, Map<String, Integer> allocation) {
        /** Copies the components. */
        public Sample {
            items = List.copyOf(items);
            allocation = Map.copyOf(allocation);
        }
    }

    /**
     * Draws the sample.
     *
     * @param items the population
     * @param stratum the stratum of an item
     * @param size how many to draw; all of them when at least the population
     * @param random the seeded source
     * @param <T> the item type
     * @return the sample
     */
    public static <T> Sample<T> sample(List<T> items, Function<T, String> stratum, int size, SplittableRandom random) {
        if (size < 0) {
            throw new IllegalArgumentException("the sample size must not be negative: " + size);
        }
        Map<String, List<T>> strata = new TreeMap<>();
        items.forEach(item -> strata.computeIfAbsent(stratum.apply(item), key -> new ArrayList<>()).add(item));
        Map<String, Integer> allocation = allocate(strata, Math.min(size, items.size()), items.size());
        List<T> drawn = new ArrayList<>();
        strata.forEach((name, members) -> drawn.addAll(draw(members, allocation.get(name), random)));
        return new Sample<>(drawn, allocation);
    }

    /** Hamilton's method: floors of the exact shares, then one more to the largest remainders. */
    private static <T> Map<String, Integer> allocate(Map<String, List<T>> strata, int size, int population) {
        Map<String, Integer> allocation = new TreeMap<>();
        Map<String, Long> remainders = new TreeMap<>();
        int given = 0;
        for (Map.Entry<String, List<T>> stratum : strata.entrySet()) {
            long numerator = (long) size * stratum.getValue().size();
            allocation.put(stratum.getKey(), (int) (numerator / population));
            remainders.put(stratum.getKey(), numerator % population);
            given += (int) (numerator / population);
        }
        List<String> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort(Comparator.comparing((String name) -> remainders.get(name)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < size - given; i++) {
            allocation.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return allocation;
    }

    /** The first {@code count} of a seeded Fisher-Yates shuffle. */
    private static <T> List<T> draw(List<T> members, int count, SplittableRandom random) {
        List<T> shuffled = new ArrayList<>(members);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(shuffled.size() - i);
            T swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        return shuffled.subList(0, count);
    }
}
