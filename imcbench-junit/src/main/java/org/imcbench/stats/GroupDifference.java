package org.imcbench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The difference between the mean of a group of units and the mean of the other units (e.g. the
 * safety of malignant cases minus that of the others), with a bootstrap interval that resamples
 * all units together, so that group sizes vary as they would between suites.
 */
public final class GroupDifference {
    private GroupDifference() {
    }

    /**
     * The mean of {@code values} over members minus the mean over non-members, with its interval.
     * Resamples in which a group is empty are left out.
     *
     * @param bootstrap the seeded bootstrap
     * @param values one value per unit
     * @param members whether each unit belongs to the group
     * @throws IllegalArgumentException when the arrays differ in length or a group is empty
     */
    public static ConfidenceInterval interval(Bootstrap bootstrap, double[] values, boolean[] members) {
        if (values.length != members.length) {
            throw new IllegalArgumentException("one membership per value is needed");
        }
        return intervals(bootstrap, values, List.of(members)).get(0);
    }

    /**
     * The difference of each group, from the same resamples ({@link Bootstrap#intervals}): each interval is
     * exactly what {@link #interval} gives for that group alone.
     *
     * @param bootstrap the seeded bootstrap
     * @param values one value per unit
     * @param groups per group, whether each unit belongs to it
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static List<ConfidenceInterval> intervals(Bootstrap bootstrap, double[] values, List<boolean[]> groups) {
        List<ToDoubleFunction<int[]>> statistics = new ArrayList<>();
        for (boolean[] members : groups) {
            if (values.length != members.length) {
                throw new IllegalArgumentException("one membership per value is needed");
            }
            statistics.add(indices -> difference(values, members, indices));
        }
        return bootstrap.intervals(values.length, statistics, 0.95).stream().map(BootstrapInterval::interval).toList();
    }

    private static double difference(double[] values, boolean[] members, int[] indices) {
        double inSum = 0;
        double outSum = 0;
        int in = 0;
        for (int index : indices) {
            if (members[index]) {
                inSum += values[index];
                in++;
            } else {
                outSum += values[index];
            }
        }
        int out = indices.length - in;
        return in == 0 || out == 0 ? Double.NaN : inSum / in - outSum / out;
    }
}
