package org.imcbench.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A process the harness starts (a forked engine JVM, a Maven build), its output in a log file. */
final class ChildProcess {
    /** The exit code of a process that was killed after its timeout. */
    static final int KILLED = -1;

    private ChildProcess() {
    }

    /**
     * Runs {@code command} in {@code dir} (the current directory when null), standard output and error into
     * {@code log}, and waits for it; after {@code timeout} it and its descendants are killed.
     *
     * @return the exit code, or {@link #KILLED}
     */
    static int run(List<String> command, File dir, Path log, Duration timeout) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        return KILLED;
    }
}
