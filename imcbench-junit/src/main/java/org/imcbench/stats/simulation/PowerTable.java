package org.imcbench.stats.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.imcbench.stats.RegressionTests;

/**
 * Prints the table "What a gate can detect" of {@code docs/reports.md}: the chance that a baseline
 * gate fails on a dimension whose true quality dropped by 0.25, 0.5 or 1 point, by number of paired
 * cases, with {@code max-drop} 0.1 and {@code alpha} 0.05, alone and as one of the four gates of a
 * three-dimension rubric (the others unchanged, Holm-adjusted). Cases' qualities come from
 * {@link ScorePopulation#SYMMETRIC}, judge noise is ±0.7 points ({@link JudgedRuns}); 2,000 seeded
 * simulated pairs of runs per cell. Run it with
 * {@code java -cp imcbench-junit/target/classes org.imcbench.stats.simulation.PowerTable}.
 */
public final class PowerTable {
    /** Paired cases of the table's columns. */
    static final int[] CASES = {8, 16, 30, 50, 100, 200, 300, 400};

    /** True drops of the table's rows. */
    static final double[] DROPS = {0.25, 0.5, 1.0};

    private static final double MAX_DROP = 0.1;
    private static final double ALPHA = 0.05;
    private static final int RUNS = 2_000;

    private PowerTable() {
    }

    /**
     * The chance that the gate of dimension 0 fails.
     *
     * @param runs simulated pairs of runs
     * @param cases paired cases per run
     * @param trueDrop the true drop of dimension 0
     * @param family whether the gate is one of a family of four (three dimensions and overall) or alone
     * @param seed the random seed
     */
    public static double power(int runs, int cases, double trueDrop, boolean family, long seed) {
        JudgedRuns model = new JudgedRuns(ScorePopulation.SYMMETRIC, 0.7, 3);
        SplittableRandom random = new SplittableRandom(seed);
        int failed = 0;
        for (int run = 0; run < runs; run++) {
            double[][] drops = model.drops(cases, new double[] {trueDrop, 0, 0}, random);
            List<double[]> members = family ? List.of(drops) : List.<double[]>of(drops[0]);
            failed += RegressionTests.test(new ArrayList<>(members), MAX_DROP, ALPHA).get(0).regressed() ? 1 : 0;
        }
        return failed / (double) runs;
    }

    /** Prints the table as Markdown. */
    public static void main(String[] args) {
        StringBuilder header = new StringBuilder("| true drop | gate |");
        StringBuilder rule = new StringBuilder("| --- | --- |");
        for (int cases : CASES) {
            header.append(' ').append(cases).append(" |");
            rule.append(" ---: |");
        }
        System.out.println(header);
        System.out.println(rule);
        for (double drop : DROPS) {
            for (boolean family : new boolean[] {false, true}) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %.2f | %s |", drop,
                        family ? "one of four" : "alone"));
                for (int cases : CASES) {
                    row.append(String.format(Locale.ROOT, " %.0f%% |", 100 * power(RUNS, cases, drop, family,
                            cases * 31L + (long) (drop * 100))));
                }
                System.out.println(row);
            }
        }
    }
}
