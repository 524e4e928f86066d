package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class BackoffCalculatorTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private final HttpPolicy policy = HttpPolicy.defaults();

    private BackoffCalculator calculator(double random) {
        return new BackoffCalculator(policy, () -> random, CLOCK);
    }

    @Test
    void jitterStaysWithinTheExponentialCeiling() {
        assertThat(calculator(0.0).waitBefore(0, null)).isEqualTo(Duration.ZERO);
        assertThat(calculator(0.999999).waitBefore(0, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(calculator(0.5).waitBefore(0, null)).isEqualTo(Duration.ofMillis(500));
        assertThat(calculator(0.5).waitBefore(1, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(calculator(0.5).waitBefore(3, null)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void theCeilingIsCappedByMaxBackoffWithoutOverflow() {
        BackoffCalculator calculator = calculator(1.0);
        assertThat(calculator.exponentialCeiling(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(calculator.exponentialCeiling(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(calculator.exponentialCeiling(70)).isEqualTo(Duration.ofSeconds(60));
        assertThat(calculator.waitBefore(1000, Headers.of())).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void randomValuesSpreadOverTheWholeRange() {
        java.util.Random random = new java.util.Random(42);
        BackoffCalculator calculator = new BackoffCalculator(policy, random::nextDouble, CLOCK);
        for (int i = 0; i < 200; i++) {
            assertThat(calculator.waitBefore(2, null)).isBetween(Duration.ZERO, Duration.ofSeconds(4));
        }
    }

    @Test
    void honoursRetryAfterSeconds() {
        assertThat(calculator(0.5).waitBefore(0, Headers.of("Retry-After", "7"))).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void prefersRetryAfterMs() {
        Headers headers = Headers.of("retry-after-ms", "1500", "Retry-After", "7");
        assertThat(calculator(0.5).waitBefore(0, headers)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void honoursRetryAfterAsAnHttpDate() {
        Headers headers = Headers.of("Retry-After", "Sun, 01 Mar 2026 12:00:30 GMT");
        assertThat(calculator(0.5).waitBefore(0, headers)).isEqualTo(Duration.ofSeconds(30));
        Headers past = Headers.of("Retry-After", "Sun, 01 Mar 2026 11:00:00 GMT");
        assertThat(calculator(0.5).waitBefore(0, past)).isEqualTo(Duration.ZERO);
    }

    @Test
    void capsServerHintsByMaxBackoff() {
        assertThat(calculator(0.5).waitBefore(0, Headers.of("Retry-After", "3600"))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void fallsBackToJitterOnAnUnreadableHint() {
        assertThat(calculator(0.5).waitBefore(0, Headers.of("Retry-After", "soon"))).isEqualTo(Duration.ofMillis(500));
    }
}
