package org.imcbench.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
     * groups in one pass over each sample. Units with the same value and the same groups are one cell (a
     * suite's scores take few values, and its cases fall into few combinations of strata), so a sample costs
     * one count per drawn unit plus, per cell drawn, its groups — not the groups of every drawn unit.
     *
     * @param bootstrap the seeded bootstrap
     * @param values one value per unit
     * @param groups per group, whether each unit belongs to it
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static List<ConfidenceInterval> intervals(Bootstrap bootstrap, double[] values, List<boolean[]> groups) {
        Cells cells = Cells.of(values, groupsOf(values.length, groups));
        int count = groups.size();
        double[] inSums = new double[count];
        int[] ins = new int[count];
        int[] drawn = new int[cells.values.length];
        return bootstrap.intervals(values.length, count, (indices, differences) -> {
            Arrays.fill(inSums, 0);
            Arrays.fill(ins, 0);
            Arrays.fill(drawn, 0);
            for (int index : indices) {
                drawn[cells.cellOf[index]]++;
            }
            double total = 0;
            for (int cell = 0; cell < drawn.length; cell++) {
                int times = drawn[cell];
                if (times == 0) {
                    continue;
                }
                double sum = times * cells.values[cell];
                total += sum;
                for (int group : cells.groups[cell]) {
                    inSums[group] += sum;
                    ins[group] += times;
                }
            }
            for (int k = 0; k < count; k++) {
                int out = indices.length - ins[k];
                differences[k] = ins[k] == 0 || out == 0 ? Double.NaN
                        : inSums[k] / ins[k] - (total - inSums[k]) / out;
            }
        }, 0.95).stream().map(BootstrapInterval::interval).toList();
    }

    /**
     * The units grouped by value and groups.
     *
     * @param cellOf each unit's cell
     * @param values each cell's value
     * @param groups each cell's groups
     */
    private record Cells(int[] cellOf, double[] values, int[][] groups) {
        static Cells of(double[] values, int[][] groupsOf) {
            Map<List<Object>, Integer> numbers = new HashMap<>();
            List<Double> cellValues = new ArrayList<>();
            List<int[]> cellGroups = new ArrayList<>();
            int[] cellOf = new int[values.length];
            for (int unit = 0; unit < values.length; unit++) {
                int[] unitGroups = groupsOf[unit];
                double value = values[unit];
                cellOf[unit] = numbers.computeIfAbsent(List.of(Double.doubleToLongBits(value),
                        Arrays.stream(unitGroups).boxed().toList()), key -> {
                            cellValues.add(value);
                            cellGroups.add(unitGroups);
                            return cellGroups.size() - 1;
                        });
            }
            return new Cells(cellOf, cellValues.stream().mapToDouble(Double::doubleValue).toArray(),
                    cellGroups.toArray(int[][]::new));
        }
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
