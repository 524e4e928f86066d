package org.imcbench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fixture against the bound it must not distort: 128 cases at once, real OkHttp over loopback. */
class LatencyEndpointTest {
    private static final Duration LATENCY = Duration.ofMillis(300);

    @Test
    void answersEveryRoleAndHoldsMoreThan64CallsInFlight() {
        try (LatencyEndpoint endpoint = LatencyEndpoint.start(LATENCY)) {
            // 128 cases of 2 model turns at once: a model call, a patient reply, a model call, a judge call
            Duration took = EndpointCalibration.replay(endpoint, 128, 2, 128);

            EndpointCounts counts = endpoint.counts();
            assertThat(counts.calls()).isEqualTo(Map.of(EndpointRole.MODEL, 256L, EndpointRole.PATIENT, 128L,
                    EndpointRole.JUDGE, 128L));
            assertThat(counts.rejected()).isZero();
            assertThat(counts.maxInFlight()).isGreaterThanOrEqualTo(64);
            // four rounds of 300 ms; sequential or dropped calls would take many times that
            assertThat(took).isBetween(LATENCY.multipliedBy(4), LATENCY.multipliedBy(12));
        }
    }
}
