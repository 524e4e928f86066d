package org.imcbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.imcbench.stats.PairedBootstrap.PairedComparison;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void theSameSeedGivesTheSameInterval() {
        double[] scores = {3, 4, 5, 2, 4, 4, 3, 5};

        ConfidenceInterval first = new Bootstrap(2_000, 42).meanInterval(scores);
        ConfidenceInterval second = new Bootstrap(2_000, 42).meanInterval(scores);

        assertThat(first).isEqualTo(second);
        assertThat(first.estimate()).isEqualTo(3.75);
        assertThat(first.lower()).isLessThan(3.75);
        assertThat(first.upper()).isGreaterThan(3.75);
    }

    @Test
    void percentileIntervalsCoverTheTrueMeanAboutNinetyFivePercentOfTheTime() {
        SplittableRandom data = new SplittableRandom(2026);
        int suites = 1_000;
        int covered = 0;
        for (int suite = 0; suite < suites; suite++) {
            double[] scores = new double[40];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = 3.5 + gaussian(data);
            }
            if (new Bootstrap(2_000, suite).meanInterval(scores).contains(3.5)) {
                covered++;
            }
        }
        // the percentile bootstrap of a mean of 40 normal values covers slightly under 95%
        assertThat(covered / (double) suites).isBetween(0.92, 0.97);
    }

    @Test
    void pairedComparisonOfAConsistentDropGivesItsSizeAndASmallPValue() {
        double[] full = {4, 5, 4, 3, 5, 4};
        double[] ablated = {3, 4, 3, 2, 4, 3};

        PairedComparison comparison = new PairedBootstrap(2_000, 1).compare(ablated, full);

        assertThat(comparison.meanDifference().estimate()).isEqualTo(-1.0);
        assertThat(comparison.meanDifference().lower()).isEqualTo(-1.0);
        assertThat(comparison.meanDifference().upper()).isEqualTo(-1.0);
        assertThat(comparison.pValueLower()).isCloseTo(1 / 2001.0, within(1e-12));
    }

    @Test
    void pairedComparisonOfNoiseIsNotSignificant() {
        double[] candidate = {4, 3, 5, 4, 3, 4, 5, 3};
        double[] baseline = {3, 4, 4, 5, 3, 4, 4, 4};

        PairedComparison comparison = new PairedBootstrap(2_000, 1).compare(candidate, baseline);

        assertThat(comparison.meanDifference().estimate()).isEqualTo(0.0);
        assertThat(comparison.meanDifference().contains(0)).isTrue();
        assertThat(comparison.pValueLower()).isGreaterThan(0.3);
    }

    @Test
    void descriptiveStatistics() {
        double[] values = {1, 2, 3, 4};
        assertThat(Descriptive.mean(values)).isEqualTo(2.5);
        assertThat(Descriptive.standardDeviation(values)).isCloseTo(Math.sqrt(5 / 3.0), within(1e-12));
        assertThat(Descriptive.median(values)).isEqualTo(2.5);
        assertThat(Descriptive.quantile(values, 0.25)).isEqualTo(1.75);
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
