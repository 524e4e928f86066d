package org.imcbench.stats;

import java.util.Arrays;
import java.util.List;

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
     * The difference of each group, from the same resamples ({@link Bootstrap#intervals}), computed for all
     * groups in one pass over each sample: each unit adds its value to the groups it belongs to, so a sample
     * costs its size times the groups per unit, not times all groups.
     *
     * @param bootstrap the seeded bootstrap
     * @param values one value per unit
     * @param groups per group, whether each unit belongs to it
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static List<ConfidenceInterval> intervals(Bootstrap bootstrap, double[] values, List<boolean[]> groups) {
        int[][] groupsOf = groupsOf(values.length, groups);
        int count = groups.size();
        double[] inSums = new double[count];
        int[] ins = new int[count];
        return bootstrap.intervals(values.length, count, (indices, differences) -> {
            Arrays.fill(inSums, 0);
            Arrays.fill(ins, 0);
            double total = 0;
            for (int index : indices) {
                double value = values[index];
                total += value;
                for (int group : groupsOf[index]) {
                    inSums[group] += value;
                    ins[group]++;
                }
            }
            for (int k = 0; k < count; k++) {
                int out = indices.length - ins[k];
                differences[k] = ins[k] == 0 || out == 0 ? Double.NaN
                        : inSums[k] / ins[k] - (total - inSums[k]) / out;
            }
        }, 0.95).stream().map(BootstrapInterval::interval).toList();
    }

    /** For each unit, the groups it belongs to. */
    private static int[][] groupsOf(int units, List<boolean[]> groups) {
        int[][] groupsOf = new int[units][];
        int[] buffer = new int[groups.size()];
        for (boolean[] members : groups) {
            if (members.length != units) {
                throw new IllegalArgumentException("one membership per value is needed");
            }
        }
        for (int unit = 0; unit < units; unit++) {
            int found = 0;
            for (int k = 0; k < groups.size(); k++) {
                if (groups.get(k)[unit]) {
                    buffer[found++] = k;
                }
            }
            groupsOf[unit] = Arrays.copyOf(buffer, found);
        }
        return groupsOf;
    }
}
