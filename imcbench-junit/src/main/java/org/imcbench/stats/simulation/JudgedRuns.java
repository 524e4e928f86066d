package org.imcbench.stats.simulation;

import java.util.SplittableRandom;

/**
 * Simulates a baseline run and a candidate run of the same suite, judged with noise, to measure what
 * the baseline gates detect. Each case has a true quality per dimension, drawn from a
 * {@link ScorePopulation}; a run's jury score is that quality (minus the candidate's true drop)
 * plus Gaussian judge noise, rounded to a whole score and kept within 1..5. The per-case drops
 * {@code baseline − candidate} of every dimension and of {@code overall} (a case's mean over the
 * dimensions) are what {@link org.imcbench.stats.RegressionTests} decides on.
 *
 * @param population the cases' true qualities
 * @param noise the judge noise's standard deviation in points (e.g. 0.7)
 * @param dimensions the number of rubric dimensions (the family adds {@code overall})
 */
public record JudgedRuns(ScorePopulation population, double noise, int dimensions) {

    /**
     * The per-case drops of one simulated pair of runs.
     *
     * @param cases the paired cases
     * @param trueDrops the candidate's true drop on each dimension, in points
     * @param random the random source
     * @return drops per member: each dimension, then {@code overall}
     */
    public double[][] drops(int cases, double[] trueDrops, SplittableRandom random) {
        if (trueDrops.length != dimensions) {
            throw new IllegalArgumentException("one true drop per dimension is needed");
        }
        double[][] drops = new double[dimensions + 1][cases];
        for (int i = 0; i < cases; i++) {
            for (int d = 0; d < dimensions; d++) {
                double quality = population.draw(random);
                double drop = score(quality, random) - score(quality - trueDrops[d], random);
                drops[d][i] = drop;
                drops[dimensions][i] += drop / dimensions;
            }
        }
        return drops;
    }

    /** A jury score of a case of the given true quality. */
    public double score(double quality, SplittableRandom random) {
        return Math.max(1, Math.min(5, Math.rint(quality + noise * gaussian(random))));
    }

    /** A standard normal deviate (Box–Muller). */
    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
