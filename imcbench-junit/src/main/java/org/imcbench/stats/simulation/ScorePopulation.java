package org.imcbench.stats.simulation;

import java.util.SplittableRandom;

/**
 * A population of whole jury scores 1..5, given by the chance of each score, to simulate suites from.
 *
 * @param chances the chance of scores 1, 2, 3, 4 and 5, summing to 1
 */
public record ScorePopulation(double[] chances) {
    /** Scores skewed towards 5 (mean 4.21): 2%, 5%, 13%, 30%, 50%. */
    public static final ScorePopulation SKEWED = new ScorePopulation(new double[] {0.02, 0.05, 0.13, 0.30, 0.50});

    /** Scores symmetric around 3 (mean 3): 5%, 20%, 50%, 20%, 5%. */
    public static final ScorePopulation SYMMETRIC = new ScorePopulation(new double[] {0.05, 0.20, 0.50, 0.20, 0.05});

    /** Checks there are five chances summing to 1. */
    public ScorePopulation {
        double sum = 0;
        for (double chance : chances) {
            sum += chance;
        }
        if (chances.length != 5 || Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("need the chances of scores 1..5, summing to 1");
        }
        chances = chances.clone();
    }

    /** The population mean. */
    public double mean() {
        double mean = 0;
        for (int score = 1; score <= 5; score++) {
            mean += score * chances[score - 1];
        }
        return mean;
    }

    /** One score drawn at random. */
    public int draw(SplittableRandom random) {
        double u = random.nextDouble();
        for (int score = 1; score < 5; score++) {
            u -= chances[score - 1];
            if (u < 0) {
                return score;
            }
        }
        return 5;
    }

    /** {@code n} scores drawn at random. */
    public double[] sample(int n, SplittableRandom random) {
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = draw(random);
        }
        return scores;
    }

    @Override
    public double[] chances() {
        return chances.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScorePopulation that && java.util.Arrays.equals(chances, that.chances);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(chances);
    }

    @Override
    public String toString() {
        return "ScorePopulation" + java.util.Arrays.toString(chances);
    }
}
