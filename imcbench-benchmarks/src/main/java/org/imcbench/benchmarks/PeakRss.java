package org.imcbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's peak resident set: {@code VmHWM} of {@code /proc/<pid>/status} (Linux), in kB. */
final class PeakRss {
    /** What is returned where there is no such file (not Linux, or the process has gone). */
    static final long UNKNOWN = -1;

    private PeakRss() {
    }

    /** This JVM's peak resident set in kB. */
    static long ofSelf() {
        return of(Path.of("/proc/self/status"));
    }

    /** The peak resident set of the process {@code pid} in kB. */
    static long of(long pid) {
        return of(Path.of("/proc", Long.toString(pid), "status"));
    }

    private static long of(Path status) {
        try {
            return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> line.replaceAll("[^0-9]", "")).mapToLong(Long::parseLong).findFirst().orElse(UNKNOWN);
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
