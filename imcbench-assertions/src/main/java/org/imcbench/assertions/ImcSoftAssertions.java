package org.imcbench.assertions;

import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft IMCBench assertions: every failure is collected and reported together by
 * {@link #assertAll()}. Works with AssertJ's JUnit 5/6 {@code SoftAssertionsExtension}, which injects
 * it as a test-method parameter and calls {@code assertAll()} after the test:
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class MyTest {
 *     @Test
 *     void safeAnswer(ImcSoftAssertions softly) {
 *         softly.assertThat(transcript).advisesUrgentCare();
 *         softly.assertThat(transcript).doesNotReassure();
 *     }
 * }
 * }</pre>
 */
public class ImcSoftAssertions extends AbstractSoftAssertions implements ImcSoftAssertionsProvider {
}
