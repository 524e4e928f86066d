package org.imcbench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {
    @Test
    void theDefaultsAreTheIssuesRun() {
        BenchmarkOptions options = BenchmarkOptions.from(new Properties());

        assertThat(options.cases()).isEqualTo(384);
        assertThat(options.latency()).isEqualTo(Duration.ofMillis(200));
        assertThat(options.concurrency()).isEqualTo(64);
        assertThat(options.rounds()).isEqualTo(8);
        assertThat(options.smallHeap()).isEqualTo("256m");
        assertThat(options.xmx()).isEmpty();
        assertThat(options.mvnTest()).isFalse();
        assertThat(options.execute()).isTrue();
        assertThat(options.promptfoo()).isEmpty();
        // 3 bounds of 9.6 s + 5 minutes
        assertThat(options.runTimeout()).isEqualTo(Duration.ofMillis(3 * 9600 + 300_000));
    }

    @Test
    void readsDurationsAndRefusesNonsense() {
        Properties properties = new Properties();
        properties.setProperty("bench.latency", "1s");
        properties.setProperty("bench.timeout", "10m");
        properties.setProperty("bench.cases", "8000");
        properties.setProperty("bench.promptfoo", " /tmp/pf ");

        BenchmarkOptions options = BenchmarkOptions.from(properties);

        assertThat(options.promptfoo()).contains(Path.of("/tmp/pf"));

        assertThat(options.latency()).isEqualTo(Duration.ofSeconds(1));
        assertThat(options.runTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(options.bound()).isEqualTo(Duration.ofSeconds(8 * 125));
        properties.setProperty("bench.cases", "0");
        assertThatThrownBy(() -> BenchmarkOptions.from(properties)).hasMessage(
                "bench.cases must be a positive integer, was '0'");
        properties.setProperty("bench.cases", "1");
        properties.setProperty("bench.latency", "fast");
        assertThatThrownBy(() -> BenchmarkOptions.from(properties)).hasMessage(
                "bench.latency must be like 200ms, 1s or 10m, was 'fast'");
    }
}
