package org.imcbench.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A process the harness starts (a forked engine JVM, a Maven build), its output in a log file, its peak
 * resident set sampled from outside while it runs (so that a process that dies still has one).
 */
final class ChildProcess {
    /** The exit code of a process that was killed after its timeout. */
    static final int KILLED = -1;
    private static final long SAMPLE_MILLIS = 250;

    private ChildProcess() {
    }

    /**
     * How a process ended.
     *
     * @param code its exit code, or {@link #KILLED}
     * @param peakRssKb the largest {@code VmHWM} sampled while it ran, in kB; −1 where none could be read
     * @param wall from the start of the process to its end (or to its kill), start-up included
     */
    record Exit(int code, long peakRssKb, Duration wall) {
    }

    /**
     * The command that runs {@code main} in a new JVM of this JVM's Java on this JVM's class path, with the JVM
     * options {@code jvmOptions} and the arguments {@code args}.
     */
    static List<String> java(List<String> jvmOptions, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        return command;
    }

    /**
     * Runs {@code command} in {@code dir} (the current directory when null), standard output and error into
     * {@code log}, and waits for it; after {@code timeout} it and its descendants are killed.
     */
    static Exit run(List<String> command, File dir, Path log, Duration timeout) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command).directory(dir), log, timeout);
    }

    /**
     * Runs a prepared process (its command, folder and environment set), standard output and error into
     * {@code log}, and waits for it; after {@code timeout} it and its descendants are killed.
     */
    static Exit run(ProcessBuilder builder, Path log, Duration timeout) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = started + timeout.toNanos();
        long peak = PeakRss.UNKNOWN;
        while (!process.waitFor(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, PeakRss.of(process.pid()));
            if (System.nanoTime() > deadline) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new Exit(KILLED, peak, Duration.ofNanos(System.nanoTime() - started));
            }
        }
        return new Exit(process.exitValue(), peak, Duration.ofNanos(System.nanoTime() - started));
    }
}
