package org.imcbench.model;

import java.net.ConnectException;
import java.net.UnknownHostException;

/**
 * A model call that failed for good: the retries allowed by the HTTP policy are spent, the error
 * is not retryable, or the answer is unusable. The message names the model and the provider's
 * error and never contains a secret.
 */
public class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final int attempts;

    /**
     * Creates the exception.
     *
     * @param message what failed, already free of secrets
     * @param statusCode the last HTTP status, or {@code -1} if there was no HTTP response
     * @param attempts how many attempts were made
     * @param cause the underlying exception, or {@code null}
     */
    public ModelException(String message, int statusCode, int attempts, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.attempts = attempts;
    }

    /** The last HTTP status, or {@code -1} if there was no HTTP response. */
    public int statusCode() {
        return statusCode;
    }

    /** How many attempts were made. */
    public int attempts() {
        return attempts;
    }

    /**
     * Whether the endpoint cannot be used at all, whatever is asked of it: it refused the connection, its
     * host is unknown, or it refused the credentials (HTTP 401 or 403).
     */
    public boolean endpointUnusable() {
        if (statusCode == 401 || statusCode == 403) {
            return true;
        }
        for (Throwable cause = getCause(); statusCode == -1 && cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
