package org.imcbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Student's t distribution, the t interval, bound and test of a mean, and Holm's adjustment, against
 * independently computed values: quantiles and probabilities from numerical integration of the t
 * density with mpmath 1.3.0 at 30 digits ({@code mp.quad} of the density, {@code mp.findroot} for
 * quantiles; they agree with R's {@code qt}/{@code pt}), intervals and p-values worked by hand from those.
 */
class StudentMeanTest {

    @Test
    void tQuantilesMatchNumericalIntegrationOfTheDensity() {
        assertThat(StudentT.quantile(0.975, 7)).isCloseTo(2.364624251592785, within(1e-10));
        assertThat(StudentT.quantile(0.975, 28)).isCloseTo(2.048407141795245, within(1e-10));
        assertThat(StudentT.quantile(0.95, 4)).isCloseTo(2.13184678632665, within(1e-10));
        assertThat(StudentT.quantile(0.975, 99)).isCloseTo(1.984216951586417, within(1e-10));
        assertThat(StudentT.quantile(0.995, 2)).isCloseTo(9.924843200918289, within(1e-9));
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.70620473617469, within(1e-9));
        assertThat(StudentT.quantile(0.025, 7)).isCloseTo(-2.364624251592785, within(1e-10));
    }

    @Test
    void tProbabilitiesMatchNumericalIntegrationOfTheDensity() {
        assertThat(StudentT.cdf(2, 5)).isCloseTo(0.9490302605850708, within(1e-12));
        assertThat(StudentT.cdf(-1.5, 3)).isCloseTo(0.1152919326224115, within(1e-12));
        assertThat(StudentT.cdf(0.7, 12)).isCloseTo(0.7513629231046462, within(1e-12));
        assertThat(StudentT.cdf(0, 9)).isEqualTo(0.5);
    }

    @Test
    void theIntervalOfAMeanIsStudentsTInterval() {
        // mean 3.75, sum of squares 7.5, se = sqrt(7.5 / 7 / 8), half-width t(0.975, 7) · se
        ConfidenceInterval interval = StudentMean.of(new double[] {3, 4, 5, 2, 4, 4, 3, 5}).interval(0.95);

        assertThat(interval.estimate()).isEqualTo(3.75);
        assertThat(interval.lower()).isCloseTo(2.884636132640524, within(1e-9));
        assertThat(interval.upper()).isCloseTo(4.615363867359476, within(1e-9));
    }

    @Test
    void fiveCasesAllScoringFiveDoNotGiveAZeroWidthInterval() {
        // the sum of squares is floored at (n − 1) / n = 0.8: s² = 0.2, se = 0.2, t(0.975, 4) = 2.776445105197794
        ConfidenceInterval interval = StudentMean.of(new double[] {5, 5, 5, 5, 5}).interval(0.95);

        assertThat(interval.lower()).isCloseTo(4.444710978960441, within(1e-9));
        assertThat(interval.upper()).isCloseTo(5.555289021039559, within(1e-9));
    }

    @Test
    void theOneSidedTestAgreesWithTheOneSidedBound() {
        // drops 1, 0, 0, 0, 0: mean 0.2, se 0.2 (floored), t = 0.5 on 4 df: p = 0.3216649815909316
        StudentMean drops = StudentMean.of(new double[] {1, 0, 0, 0, 0});

        assertThat(drops.pValueAbove(0.1)).isCloseTo(0.3216649815909316, within(1e-10));
        double[] data = {0.9, 0.4, 0.6, 0.2, 0.7, 0.5, 0.3, 0.8};
        StudentMean mean = StudentMean.of(data);
        for (double tested = 0; tested < 1; tested += 0.01) {
            assertThat(mean.pValueAbove(tested) < 0.05).as("at %s", tested)
                    .isEqualTo(mean.lowerBound(0.95) > tested);
        }
    }

    @Test
    void aMeanEqualToTheTestedValueUpToRoundingIsATie() {
        // 4.7 − 4.6 is 0.10000000000000053 in doubles, not 0.1
        double[] drops = new double[10];
        java.util.Arrays.fill(drops, 4.7 - 4.6);

        assertThat(StudentMean.of(drops).pValueAbove(0.1)).isEqualTo(0.5);
    }

    @Test
    void holmAdjustmentMatchesAHandComputedExample() {
        // sorted 0.005, 0.01, 0.03, 0.04 → 4·0.005 = 0.02, 3·0.01 = 0.03, 2·0.03 = 0.06, max(0.04, 0.06) = 0.06
        double[] adjusted = HolmBonferroni.adjust(new double[] {0.01, 0.04, 0.03, 0.005});

        assertThat(adjusted).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-15));
        // 2·0.5 = 1, then max(1, 0.9) = 1
        assertThat(HolmBonferroni.adjust(new double[] {0.5, 0.9})).containsExactly(1.0, 1.0);
    }
}
