package org.imcbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The floor of the engine-time row: {@link EndpointCalibration}'s minimal OkHttp client replaying the same calls
 * in a fresh JVM, without a warm-up wave, timed like {@code Launcher.execute} (from the first thing the client
 * does to its last answer). What it takes over the latency bound is what a cold JVM on this machine costs a client
 * that does nothing but send the calls: the part of the engine's overhead that no engine can avoid here.
 * Run as a main class in the forked JVM: the endpoint's base URL, the cases, the turns, the concurrency and the
 * file the wall time in milliseconds is written to.
 */
public final class ColdReplay {
    private ColdReplay() {
    }

    /** Replays in this JVM and writes the wall time; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: ColdReplay <base URL> <cases> <turns> <concurrency> <result file>");
        }
        Duration took = EndpointCalibration.replay(args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]));
        Files.writeString(Path.of(args[4]), Long.toString(took.toMillis()));
    }

    /**
     * Replays {@code cases} cases of {@code turns} turns, {@code concurrency} at once, against the endpoint at
     * {@code baseUrl} in a forked JVM (the further options {@code jvmArgs}); its files in {@code dir}.
     *
     * @return the replay's wall time, or empty when the JVM failed or timed out (see {@link #log})
     */
    static Optional<Duration> fork(String baseUrl, int cases, int turns, int concurrency, List<String> jvmArgs,
            Path dir, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path result = dir.resolve("replay-millis.txt");
        Files.deleteIfExists(result);
        List<String> command = ChildProcess.java(jvmArgs, ColdReplay.class, List.of(baseUrl, Integer.toString(cases),
                Integer.toString(turns), Integer.toString(concurrency), result.toString()));
        ChildProcess.Exit exit = ChildProcess.run(command, null, log(dir), timeout);
        if (exit.code() != 0 || !Files.isRegularFile(result)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Long.parseLong(Files.readString(result).strip())));
    }

    /** The output of the forked JVM that replayed in {@code dir}. */
    static Path log(Path dir) {
        return dir.resolve("replay.log");
    }
}
