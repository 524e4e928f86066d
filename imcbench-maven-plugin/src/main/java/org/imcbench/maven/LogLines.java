package org.imcbench.maven;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * An output stream that hands each complete line to a Maven log method, so that a tool written for
 * {@code System.out} and {@code System.err} prints through Maven's logger.
 */
final class LogLines extends OutputStream {
    private final Consumer<String> log;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private LogLines(Consumer<String> log) {
        this.log = log;
    }

    /** A print stream whose lines go to {@code log}, one call per line. */
    static PrintStream to(Consumer<String> log) {
        return new PrintStream(new LogLines(log), true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) {
        if (b == '\n') {
            flushLine();
        } else if (b != '\r') {
            line.write(b);
        }
    }

    @Override
    public void close() {
        if (line.size() > 0) {
            flushLine();
        }
    }

    private void flushLine() {
        log.accept(line.toString(StandardCharsets.UTF_8));
        line.reset();
    }
}
