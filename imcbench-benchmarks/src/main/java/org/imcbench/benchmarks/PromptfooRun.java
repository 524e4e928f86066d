package org.imcbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code promptfoo eval} on a {@link PromptfooSuite} folder as a user would from a shell: the CLI in a
 * process of its own (node's start and promptfoo's config loading are part of its wall time), cache off,
 * {@code --max-concurrency} tests at once, no telemetry and no update check, its database and logs in the
 * folder ({@code PROMPTFOO_CONFIG_DIR}, never the user's {@code ~/.promptfoo}), the results written to
 * {@value #RESULTS}. The table and progress bar are off: the measurement is the eval, not the terminal.
 */
public final class PromptfooRun {
    /** The eval's output file in the folder. */
    static final String RESULTS = "results.json";
    /** Where the CLI is below an install folder ({@code npm install promptfoo} in it). */
    private static final List<String> CLI_IN_FOLDER = List.of("node_modules/.bin/promptfoo", "bin/promptfoo");

    private PromptfooRun() {
    }

    /**
     * What an eval left.
     *
     * @param exit how the CLI ended, with its wall time (node's start included)
     * @param log the CLI's standard output and error
     * @param results its output file's figures; empty when it wrote none
     */
    public record Outcome(ChildProcess.Exit exit, Path log, Optional<PromptfooResults> results) {
    }

    /** The CLI an option names: the file itself, or the CLI below an install folder; empty if there is none. */
    public static Optional<Path> cli(Path option) {
        if (Files.isRegularFile(option)) {
            return Optional.of(option);
        }
        return CLI_IN_FOLDER.stream().map(option::resolve).filter(Files::isRegularFile).findFirst();
    }

    /** The command of an eval of the folder's configuration with {@code concurrency} tests at once. */
    static List<String> command(Path cli, Path dir, int concurrency) {
        return List.of(cli.toString(), "eval", "-c", dir.resolve(PromptfooSuite.CONFIG).toString(), "--no-cache",
                "--max-concurrency", Integer.toString(concurrency), "-o", dir.resolve(RESULTS).toString(),
                "--no-table", "--no-progress-bar");
    }

    /** The environment an eval runs with on top of this process's: no telemetry, no update check, its own home. */
    static Map<String, String> environment(Path dir) {
        return Map.of("PROMPTFOO_DISABLE_TELEMETRY", "1", "PROMPTFOO_DISABLE_UPDATE", "1",
                "PROMPTFOO_DISABLE_SHARING", "1", "PROMPTFOO_CONFIG_DIR", dir.resolve("promptfoo-home").toString());
    }

    /** Runs the eval of the configuration in {@code dir}; after {@code timeout} the CLI is killed. */
    public static Outcome run(Path cli, Path dir, int concurrency, Duration timeout)
            throws IOException, InterruptedException {
        Path log = dir.resolve("promptfoo.log");
        Files.deleteIfExists(dir.resolve(RESULTS));
        ProcessBuilder builder = new ProcessBuilder(command(cli, dir, concurrency)).directory(dir.toFile());
        builder.environment().putAll(environment(dir));
        ChildProcess.Exit exit = ChildProcess.run(builder, log, timeout);
        Path results = dir.resolve(RESULTS);
        return new Outcome(exit, log, Files.isRegularFile(results) ? Optional.of(PromptfooResults.read(results))
                : Optional.empty());
    }
}
