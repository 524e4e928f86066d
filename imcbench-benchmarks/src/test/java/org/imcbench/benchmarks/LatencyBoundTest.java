package org.imcbench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LatencyBoundTest {
    private static final Duration LATENCY = Duration.ofMillis(200);

    @Test
    void theIssuesRunIsSixWavesOfEightRounds() {
        // 384 cases ÷ 64 = 6 waves; 4 model + 3 patient + 1 judge = 8 calls of 0.2 s each
        assertThat(LatencyBound.rounds(4)).isEqualTo(8);
        assertThat(LatencyBound.of(384, 4, 64, LATENCY)).isEqualTo(Duration.ofMillis(9600));
        assertThat(LatencyBound.of(8000, 4, 64, LATENCY)).isEqualTo(Duration.ofSeconds(200));
    }

    @Test
    void aPartWaveCountsAsAWave() {
        assertThat(LatencyBound.of(65, 4, 64, LATENCY)).isEqualTo(Duration.ofMillis(3200));
        assertThat(LatencyBound.of(1, 1, 64, LATENCY)).isEqualTo(Duration.ofMillis(400));
    }
}
