package org.imcbench.engine;

import org.opentest4j.AssertionFailedError;

/**
 * A dimension check below its minimum. The message says everything (case, dimension, jury and
 * judge scores, rationales); a stack trace would only point into the engine, so it has none.
 */
final class CheckFailedError extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    CheckFailedError(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
