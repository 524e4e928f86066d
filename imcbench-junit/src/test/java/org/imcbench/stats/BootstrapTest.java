package org.imcbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void theSameSeedGivesTheSameInterval() {
        double[] scores = {3, 4, 5, 2, 4, 4, 3, 5};
        ToDoubleFunction<int[]> median = indices -> Descriptive.median(Arrays.stream(indices)
                .mapToDouble(i -> scores[i]).toArray());

        BootstrapInterval first = new Bootstrap(2_000, 42).interval(scores.length, median, 0.95);
        BootstrapInterval second = new Bootstrap(2_000, 42).interval(scores.length, median, 0.95);

        assertThat(first).isEqualTo(second);
        assertThat(first.interval().estimate()).isEqualTo(4.0);
        assertThat(first.interval().lower()).isLessThan(4.0);
        assertThat(first.undefined()).isZero();
    }

    @Test
    void severalStatisticsFromOneSetOfResamplesGetExactlyTheIntervalsEachGetsAlone() {
        SplittableRandom data = new SplittableRandom(7);
        double[] scores = new double[300];
        boolean[] odd = new boolean[scores.length];
        boolean[] low = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = 1 + data.nextInt(5);
            odd[i] = i % 2 == 1;
            low[i] = i < 40;
        }
        ToDoubleFunction<int[]> mean = indices -> Arrays.stream(indices).mapToDouble(i -> scores[i]).average()
                .orElseThrow();
        ToDoubleFunction<int[]> undefinedHalfTheTime = indices -> indices[0] % 2 == 0 ? Double.NaN : scores[0];
        Bootstrap bootstrap = new Bootstrap(2_000, 99);

        assertThat(bootstrap.intervals(scores.length, List.of(mean, undefinedHalfTheTime), 0.95))
                .containsExactly(bootstrap.interval(scores.length, mean, 0.95),
                        bootstrap.interval(scores.length, undefinedHalfTheTime, 0.95));
        List<ConfidenceInterval> together = GroupDifference.intervals(bootstrap, scores, List.of(odd, low));
        for (int k = 0; k < 2; k++) {
            boolean[] members = k == 0 ? odd : low;
            ConfidenceInterval alone = bootstrap.interval(scores.length, indices -> {
                double in = 0;
                double out = 0;
                int inCount = 0;
                for (int index : indices) {
                    if (members[index]) {
                        in += scores[index];
                        inCount++;
                    } else {
                        out += scores[index];
                    }
                }
                return inCount == 0 || inCount == indices.length ? Double.NaN
                        : in / inCount - out / (indices.length - inCount);
            }, 0.95).interval();
            assertThat(together.get(k).estimate()).isCloseTo(alone.estimate(), within(1e-12));
            assertThat(together.get(k).lower()).isCloseTo(alone.lower(), within(1e-12));
            assertThat(together.get(k).upper()).isCloseTo(alone.upper(), within(1e-12));
        }
    }

    @Test
    void percentileIntervalsOfAMeanOfFortyNormalValuesCoverAboutNinetyFivePercentOfTheTime() {
        SplittableRandom data = new SplittableRandom(2026);
        int suites = 1_000;
        int covered = 0;
        for (int suite = 0; suite < suites; suite++) {
            double[] scores = new double[40];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = 3.5 + gaussian(data);
            }
            ToDoubleFunction<int[]> mean = indices -> Arrays.stream(indices).mapToDouble(i -> scores[i]).average()
                    .orElseThrow();
            if (new Bootstrap(2_000, suite).interval(scores.length, mean, 0.95).interval().contains(3.5)) {
                covered++;
            }
        }
        // the percentile bootstrap of a mean of 40 normal values covers slightly under 95%
        assertThat(covered / (double) suites).isBetween(0.92, 0.97);
    }

    @Test
    void resamplesWithoutAValueAreCountedAndLeftOut() {
        // the statistic is undefined when a resample holds no 1: (3/4)^4 = 31.6% of resamples
        double[] values = {1, 2, 2, 2};
        ToDoubleFunction<int[]> statistic = indices -> Arrays.stream(indices).anyMatch(i -> values[i] == 1) ? 1 : Double.NaN;

        BootstrapInterval result = new Bootstrap(10_000, 3).interval(values.length, statistic, 0.95);

        assertThat(result.resamples()).isEqualTo(10_000);
        assertThat(result.undefined() / 10_000.0).isCloseTo(81 / 256.0, within(0.015));
        assertThat(result.interval().lower()).isEqualTo(1.0);
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
