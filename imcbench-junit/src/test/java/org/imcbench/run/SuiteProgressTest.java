package org.imcbench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SuiteProgressTest {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void printsDoneFailingElapsedAndEta() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SuiteProgress progress = new SuiteProgress("Demo", 4, clock,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        now = now.plus(Duration.ofSeconds(10));
        progress.caseFinished(true);
        now = now.plus(Duration.ofSeconds(10));
        progress.caseFinished(false);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "[imcbench] Demo: 1/4 cases, 1 failing, 00:10 elapsed, ETA 00:30",
                "[imcbench] Demo: 2/4 cases, 1 failing, 00:20 elapsed, ETA 00:20");
    }
}
