package org.imcbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Isotonic regression with tied x (jury scores are heavily tied), against least-squares optima
 * computed by hand: tied x are one point weighted by their count, then adjacent violators pooled.
 */
class IsotonicRegressionTest {

    @Test
    void tiedJuryScoresAreOnePointWeightedByTheirCount() {
        // x = 2 holds y 4, 1, 5, 5 (mean 3.75, weight 4); x = 1 holds 3: already monotone, nothing to pool.
        MonotoneMap map = IsotonicRegression.fit(new double[] {1, 2, 2, 2, 2}, new double[] {3, 4, 1, 5, 5});

        assertThat(map.apply(1)).isCloseTo(3.0, within(1e-12));
        assertThat(map.apply(2)).isCloseTo(3.75, within(1e-12));
    }

    @Test
    void aViolatingTiedGroupIsPooledWithItsNeighbourByWeight() {
        // x = 1: mean 4 (weight 2); x = 2: 2 (weight 1); x = 3: mean 4 (weight 2).
        // 4 > 2 violates: pool to (8 + 2) / 3 = 10/3, then 10/3 ≤ 4 holds.
        MonotoneMap map = IsotonicRegression.fit(new double[] {1, 1, 2, 3, 3}, new double[] {5, 3, 2, 4, 4});

        assertThat(map.apply(1)).isCloseTo(10 / 3.0, within(1e-12));
        assertThat(map.apply(2)).isCloseTo(10 / 3.0, within(1e-12));
        assertThat(map.apply(3)).isCloseTo(4.0, within(1e-12));
    }

    @Test
    void theFitDoesNotDependOnTheOrderOfThePoints() {
        double[] x = {1, 2, 2, 2, 2, 3, 3, 4, 4, 4, 5};
        double[] y = {3, 4, 1, 5, 5, 2, 3, 5, 4, 2, 4};
        MonotoneMap reference = IsotonicRegression.fit(x, y);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            order.add(i);
        }
        Random random = new Random(12);
        for (int trial = 0; trial < 50; trial++) {
            Collections.shuffle(order, random);
            double[] shuffledX = order.stream().mapToDouble(i -> x[i]).toArray();
            double[] shuffledY = order.stream().mapToDouble(i -> y[i]).toArray();
            MonotoneMap map = IsotonicRegression.fit(shuffledX, shuffledY);
            for (double at = 1; at <= 5; at += 0.5) {
                assertThat(map.apply(at)).isCloseTo(reference.apply(at), within(1e-12));
            }
        }
    }

    @Test
    void theFitHasTheLeastSquaredErrorOfAnyMonotoneStepOnAGrid() {
        // Brute force: every non-decreasing assignment of levels 1, 1.25, ..., 5 to the distinct x.
        double[] x = {1, 2, 2, 2, 2, 3, 3, 4};
        double[] y = {3, 4, 1, 5, 5, 2, 3, 4};
        MonotoneMap map = IsotonicRegression.fit(x, y);
        double fitted = 0;
        for (int i = 0; i < x.length; i++) {
            fitted += (map.apply(x[i]) - y[i]) * (map.apply(x[i]) - y[i]);
        }
        double best = Double.MAX_VALUE;
        double[] levels = new double[17];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = 1 + 0.25 * i;
        }
        for (double a : levels) {
            for (double b : levels) {
                for (double c : levels) {
                    for (double d : levels) {
                        if (a <= b && b <= c && c <= d) {
                            double[] step = {0, a, b, c, d};
                            double error = 0;
                            for (int i = 0; i < x.length; i++) {
                                double e = step[(int) x[i]] - y[i];
                                error += e * e;
                            }
                            best = Math.min(best, error);
                        }
                    }
                }
            }
        }
        assertThat(fitted).isLessThanOrEqualTo(best + 1e-12);
    }
}
