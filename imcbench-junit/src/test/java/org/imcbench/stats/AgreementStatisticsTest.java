package org.imcbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AgreementStatisticsTest {

    @Test
    void krippendorffOrdinalAlphaMatchesThePublishedExample() {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", 4 observers x 12 units with
        // missing values; published: nominal 0.743, ordinal 0.815, interval 0.849.
        Integer[][] observers = {
                {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
                {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
                {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
                {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}};
        List<List<Integer>> units = new ArrayList<>();
        for (int unit = 0; unit < 12; unit++) {
            List<Integer> values = new ArrayList<>();
            for (Integer[] observer : observers) {
                values.add(observer[unit]);
            }
            units.add(values);
        }

        assertThat(KrippendorffAlpha.ordinal(units)).hasValueCloseTo(0.815, within(0.0005));
    }

    @Test
    void krippendorffAlphaIsOneForPerfectAgreementAndEmptyWithoutVariation() {
        assertThat(KrippendorffAlpha.ordinal(List.of(List.of(1, 1), List.of(3, 3), List.of(5, 5)))).hasValue(1.0);
        assertThat(KrippendorffAlpha.ordinal(List.of(List.of(4, 4), List.of(4, 4)))).isEmpty();
        assertThat(KrippendorffAlpha.ordinal(List.of(Arrays.asList(4, null)))).isEmpty();
    }

    @Test
    void quadraticWeightedKappaOfAHandComputedTable() {
        // O = {(1,1), (2,3), (3,3)}: weighted disagreement 1/12, chance 15/36 -> kappa = 1 - 0.2 = 0.8
        assertThat(WeightedKappa.quadratic(new int[] {1, 2, 3}, new int[] {1, 3, 3}, 1, 3)).hasValueCloseTo(0.8,
                within(1e-12));
        assertThat(WeightedKappa.quadratic(new int[] {1, 2, 3, 4, 5}, new int[] {1, 2, 3, 4, 5}, 1, 5)).hasValue(1.0);
        assertThat(WeightedKappa.quadratic(new int[] {1, 5}, new int[] {5, 1}, 1, 5)).hasValueCloseTo(-1.0,
                within(1e-12));
    }

    @Test
    void spearmanUsesAverageRanksForTies() {
        // ranks y = 1, 2, 3.5, 5, 3.5 -> rho = 8 / sqrt(10 * 9.5)
        assertThat(Spearman.rho(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7}))
                .hasValueCloseTo(8 / Math.sqrt(95), within(1e-12));
        assertThat(Spearman.rho(new double[] {1, 2, 3}, new double[] {9, 4, 1})).hasValueCloseTo(-1.0, within(1e-12));
        assertThat(Spearman.rho(new double[] {1, 2, 3}, new double[] {2, 2, 2})).isEmpty();
    }

    @Test
    void maeAndBias() {
        RaterAgreement agreement = RaterAgreement.of(new double[] {3, 4, 5}, new double[] {2, 4, 3});
        assertThat(agreement.meanAbsoluteError()).isEqualTo(1.0);
        assertThat(agreement.meanBias()).isEqualTo(1.0);
    }

    @Test
    void isotonicRegressionPoolsAdjacentViolators() {
        MonotoneMap map = IsotonicRegression.fit(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4});

        assertThat(map.x()).containsExactly(1, 2, 3, 4);
        assertThat(map.y()).containsExactly(1, 2.5, 2.5, 4);
        assertThat(map.apply(0)).isEqualTo(1);
        assertThat(map.apply(1.5)).isEqualTo(1.75);
        assertThat(map.apply(9)).isEqualTo(4);
    }

    @Test
    void calibrationRecoversAJudgeWithAPlantedBiasOfPlusOne() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 400;
        double[] clinician = new double[n];
        double[] judge = new double[n];
        for (int i = 0; i < n; i++) {
            clinician[i] = 1 + random.nextInt(4); // 1..4 so that +1 stays on the 1..5 scale
            judge[i] = clinician[i] + 1;
        }
        double before = RaterAgreement.of(judge, clinician).meanAbsoluteError();

        MonotoneMap calibration = IsotonicRegression.fit(judge, clinician);
        double[] calibrated = Arrays.stream(judge).map(calibration::apply).toArray();

        assertThat(before).isEqualTo(1.0);
        assertThat(RaterAgreement.of(calibrated, clinician).meanAbsoluteError()).isLessThanOrEqualTo(0.2);
    }
}
