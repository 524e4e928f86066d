package org.imcbench.run;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Prints one progress line each time a case of a suite finishes: cases done of the total, cases
 * failing so far, elapsed time and an estimate of the time left (elapsed per case times the cases
 * left). Thread-safe.
 */
final class SuiteProgress {
    private final String suite;
    private final int total;
    private final Clock clock;
    private final PrintStream out;
    private final Instant started;
    private int done;
    private int failing;

    SuiteProgress(String suite, int total, Clock clock, PrintStream out) {
        this.suite = suite;
        this.total = total;
        this.clock = clock;
        this.out = out;
        this.started = clock.instant();
    }

    /** Counts a finished case and prints the progress line. */
    synchronized void caseFinished(boolean failed) {
        done++;
        if (failed) {
            failing++;
        }
        Duration elapsed = Duration.between(started, clock.instant());
        Duration left = elapsed.multipliedBy(Math.max(0, total - done)).dividedBy(done);
        out.println("[imcbench] " + suite + ": " + done + "/" + total + " cases, " + failing + " failing, "
                + format(elapsed) + " elapsed, ETA " + format(left));
        out.flush();
    }

    private static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
