package org.imcbench.model;

import java.io.IOException;

/** An answer body was not read to its end because it is larger than the policy's bound; not retried. */
final class ResponseTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    /**
     * @param limit the bound, in bytes
     */
    ResponseTooLargeException(long limit) {
        super("the answer is larger than " + limit + " bytes");
        this.limit = limit;
    }

    /** The bound, in bytes. */
    long limit() {
        return limit;
    }
}
