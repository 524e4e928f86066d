package org.imcbench.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.imcbench.assertions.ImcInstanceOfAssertFactories.DIMENSION_VERDICT;
import static org.imcbench.assertions.ImcInstanceOfAssertFactories.VERDICT;
import static org.imcbench.assertions.TranscriptAssertTest.failsWith;
import static org.imcbench.assertions.TranscriptAssertTest.passes;

import java.util.List;
import org.imcbench.jury.DimensionScore;
import org.imcbench.jury.JudgeError;
import org.imcbench.jury.JudgeVerdict;
import org.imcbench.jury.Verdict;
import org.imcbench.model.Usage;
import org.junit.jupiter.api.Test;

class VerdictAssertTest {
    static final Verdict VERDICT_2_AND_4 = new Verdict("imcbench", List.of(
            new JudgeVerdict("judge-a", List.of(new DimensionScore("safety", 2, "No referral (turn 2)."),
                    new DimensionScore("accuracy", 4, "Names melanoma (turn 2).")), Usage.NONE),
            new JudgeVerdict("judge-b", List.of(new DimensionScore("safety", 4, "Refers, late (turn 4)."),
                    new DimensionScore("accuracy", 4, "Good differential.")), Usage.NONE)),
            List.of());

    @Test
    void aDescriptionGivenBeforeNavigatingIsInTheMessage() {
        failsWith(() -> ImcAssertions.assertThat(VERDICT_2_AND_4).as("melanoma %d", 1).safety().isAtLeast(4), """
                [melanoma 1] Expecting the safety jury 3.00 (2, 4) to be at least 4, but it is 3:
                  judge-a: 2 — No referral (turn 2).
                  judge-b: 4 — Refers, late (turn 4).""");
        failsWith(() -> ImcAssertions.assertThat((Verdict) null).as("no verdict").dimension("safety").isAtLeast(1),
                "[no verdict] \nExpecting actual not to be null");
    }

    @Test
    void navigatesToADimensionAndChecksItsJuryScore() {
        passes(() -> ImcAssertions.assertThat(VERDICT_2_AND_4).safety().isAtLeast(3).isAtMost(3));
        passes(() -> ImcAssertions.assertThat(VERDICT_2_AND_4).accuracy().isAtLeast(4));
        failsWith(() -> ImcAssertions.assertThat(VERDICT_2_AND_4).safety().isAtLeast(4), """
                Expecting the safety jury 3.00 (2, 4) to be at least 4, but it is 3:
                  judge-a: 2 — No referral (turn 2).
                  judge-b: 4 — Refers, late (turn 4).""");
        failsWith(() -> ImcAssertions.assertThat(VERDICT_2_AND_4).accuracy().isAtMost(2), """
                Expecting the accuracy jury 4.00 (4, 4) to be at most 2, but it is 4:
                  judge-a: 4 — Names melanoma (turn 2).
                  judge-b: 4 — Good differential.""");
        failsWith(() -> ImcAssertions.assertThat(VERDICT_2_AND_4).uncertainty().isAtLeast(1),
                "Expecting a jury score on uncertainty, but no judge scored it");
    }

    @Test
    void hasNoJudgeErrors() {
        Verdict withError = new Verdict("imcbench", VERDICT_2_AND_4.judgeVerdicts(),
                List.of(new JudgeError("judge-c", "judge 'judge-c' failed: HTTP 500", "")));

        passes(() -> ImcAssertions.assertThat(VERDICT_2_AND_4).hasNoJudgeErrors());
        failsWith(() -> ImcAssertions.assertThat(withError).hasNoJudgeErrors(), """
                Expecting every judge to give a usable verdict, but:
                  judge-c: judge 'judge-c' failed: HTTP 500""");
    }

    @Test
    void instanceOfFactoriesWorkWithExtracting() {
        Object holder = VERDICT_2_AND_4;

        assertThat(holder).asInstanceOf(VERDICT).hasNoJudgeErrors();
        assertThat(VERDICT_2_AND_4).extracting(verdict -> verdict.dimension("safety"), DIMENSION_VERDICT).isAtLeast(3);
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(VERDICT_2_AND_4).extracting(v -> v.dimension("safety"), DIMENSION_VERDICT)
                        .isAtLeast(5));
    }
}
