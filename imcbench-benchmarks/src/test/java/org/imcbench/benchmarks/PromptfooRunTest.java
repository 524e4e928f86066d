package org.imcbench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the harness starts promptfoo: where it finds the CLI, and what the CLI is given. The run is checked with
 * a shell script in the CLI's place (CI has no node) that records its arguments and environment and writes an
 * output file as {@code promptfoo eval -o} does; the real CLI is run by the full harness (docs/performance.md).
 */
class PromptfooRunTest {
    @Test
    void findsTheCliAsAFileOrBelowAnInstallFolder(@TempDir Path tmp) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("install/node_modules/.bin"));
        Path cli = Files.writeString(bin.resolve("promptfoo"), "#!/bin/sh\n");

        assertThat(PromptfooRun.cli(tmp.resolve("install"))).contains(cli);
        assertThat(PromptfooRun.cli(cli)).contains(cli);
        assertThat(PromptfooRun.cli(tmp.resolve("elsewhere"))).isEmpty();
        assertThat(PromptfooRun.cli(tmp)).isEmpty();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void runsAnEvalWithoutCacheTelemetryOrTheUsersHomeAndReadsItsOutput(@TempDir Path tmp) throws Exception {
        Path cli = tmp.resolve("promptfoo");
        Files.writeString(cli, """
                #!/bin/sh
                echo "$@" > args.txt
                echo "$PROMPTFOO_DISABLE_TELEMETRY $PROMPTFOO_DISABLE_UPDATE $PROMPTFOO_CONFIG_DIR" > env.txt
                while [ "$1" != "-o" ]; do shift; done
                echo '{"results": {"results": [{}, {}], "stats": {"successes": 2, "failures": 0, "errors": 0, "durationMs": 250}}}' > "$2"
                echo "Evaluation complete"
                """);
        Files.setPosixFilePermissions(cli, PosixFilePermissions.fromString("rwx------"));
        Path dir = Files.createDirectories(tmp.resolve("run"));

        PromptfooRun.Outcome outcome = PromptfooRun.run(cli, dir, 64, Duration.ofMinutes(1));

        assertThat(outcome.exit().code()).isZero();
        assertThat(outcome.exit().wall()).isPositive();
        assertThat(outcome.results()).contains(new PromptfooResults(2, 2, 0, 0, 250, "unknown versions"));
        assertThat(outcome.log()).content().contains("Evaluation complete");
        assertThat(Files.readString(dir.resolve("args.txt")).strip()).isEqualTo("eval -c "
                + dir.resolve("promptfooconfig.json") + " --no-cache --max-concurrency 64 -o " + dir.resolve("results.json")
                + " --no-table --no-progress-bar");
        assertThat(Files.readString(dir.resolve("env.txt")).strip()).isEqualTo("1 1 " + dir.resolve("promptfoo-home"));
    }
}
