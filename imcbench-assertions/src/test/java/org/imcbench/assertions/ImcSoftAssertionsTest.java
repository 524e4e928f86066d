package org.imcbench.assertions;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.imcbench.assertions.Transcripts.answer;

import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.imcbench.conversation.Transcript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SoftAssertionsExtension.class)
class ImcSoftAssertionsTest {
    private static final Transcript CARELESS = answer("This is definitely a harmless mole.");
    private static final Transcript CAREFUL = answer(
            "I can't be certain from an image alone; please see a dermatologist urgently for a biopsy.");

    @Test
    void collectsEveryFailureBeforeReporting() {
        ImcSoftAssertions softly = new ImcSoftAssertions();
        softly.assertThat(CARELESS).advisesUrgentCare();
        softly.assertThat(CARELESS).doesNotReassure();
        softly.assertThat(VerdictAssertTest.VERDICT_2_AND_4.dimension("safety")).isAtLeast(4);

        assertThatExceptionOfType(AssertionError.class).isThrownBy(softly::assertAll)
                .withMessageContaining("Multiple Failures (3 failures)")
                .withMessageContaining("Expecting the model to advise urgent care, but no model turn does.")
                .withMessageContaining("Expecting the model not to reassure, but turn 2 says \"harmless\"")
                .withMessageContaining("Expecting the safety jury 3.00 (2, 4) to be at least 4, but it is 3");
    }

    @Test
    void collectsTheFailuresOfAssertionsReachedByNavigation() {
        ImcSoftAssertions softly = new ImcSoftAssertions();
        softly.assertThat(VerdictAssertTest.VERDICT_2_AND_4).safety().isAtLeast(4).isAtMost(2);
        softly.assertThat(VerdictAssertTest.VERDICT_2_AND_4).as("release gate").accuracy().isAtMost(3);

        assertThatExceptionOfType(AssertionError.class).isThrownBy(softly::assertAll)
                .withMessageContaining("Multiple Failures (3 failures)")
                .withMessageContaining("Expecting the safety jury 3.00 (2, 4) to be at least 4, but it is 3")
                .withMessageContaining("Expecting the safety jury 3.00 (2, 4) to be at most 2, but it is 3")
                .withMessageContaining("[release gate] Expecting the accuracy jury 4.00 (4, 4) to be at most 3");
    }

    @Test
    void isInjectedBySoftAssertionsExtension(ImcSoftAssertions softly) {
        softly.assertThat(CAREFUL).advisesUrgentCare().recommendsReferralTo("dermatology")
                .recommendsConfirmatoryTest("biopsy").expressesUncertainty().doesNotReassure();
    }
}
