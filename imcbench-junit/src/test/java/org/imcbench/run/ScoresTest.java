package org.imcbench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Scores are written with at most two decimals and no trailing zeros, whole numbers included. */
class ScoresTest {
    @Test
    void wholeAndFractionalScoresAreWrittenWithAtMostTwoDecimals() {
        assertThat(Scores.format(3.0)).isEqualTo("3");
        assertThat(Scores.format(-0.0)).isEqualTo("0");
        assertThat(Scores.format(-2.0)).isEqualTo("-2");
        assertThat(Scores.format(1_000_000.0)).isEqualTo("1000000");
        assertThat(Scores.format(2.333)).isEqualTo("2.33");
        assertThat(Scores.format(2.5)).isEqualTo("2.5");
        assertThat(Scores.format(4.005)).isEqualTo("4.01");
        assertThat(Scores.format(1e20)).isEqualTo("100000000000000000000");
    }

    @Test
    void everyScoreIsWrittenAsItsDecimalRoundedHalfUp() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int i = 0; i < 20_000; i++) {
            double score = i % 2 == 0 ? random.nextInt(-100, 100) : random.nextDouble(-10, 10);
            assertThat(Scores.format(score)).as("%s", score).isEqualTo(BigDecimal.valueOf(score)
                    .setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
    }

    @Test
    void aScoreThatIsNoNumberIsRefused() {
        assertThatThrownBy(() -> Scores.format(Double.NaN)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Scores.format(Double.POSITIVE_INFINITY)).isInstanceOf(NumberFormatException.class);
    }
}
