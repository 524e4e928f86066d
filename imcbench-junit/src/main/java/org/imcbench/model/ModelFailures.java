package org.imcbench.model;

/**
 * Builds the {@link ModelException}s of one model: every message starts with what failed (e.g.
 * {@code anthropic model 'claude-opus-4-6' at https://api.anthropic.com failed: }) and is passed
 * through the model's {@link SecretRedactor}, so no key can reach a log or report through it.
 */
final class ModelFailures {
    private final String prefix;
    private final SecretRedactor redactor;

    /**
     * Creates the builder.
     *
     * @param subject what is called, e.g. {@code anthropic model 'x' at https://api.anthropic.com}
     * @param redactor knows the model's secrets
     */
    ModelFailures(String subject, SecretRedactor redactor) {
        this.redactor = redactor;
        this.prefix = redactor.redact(subject) + " failed: ";
    }

    /** No HTTP answer: connection failure or timeout. */
    ModelException noResponse(int attempts, Exception cause) {
        return new ModelException(prefix + "no HTTP response after " + attempts(attempts) + ": "
                + redactor.redact(cause.getClass().getSimpleName() + ": " + cause.getMessage()), -1, attempts, cause);
    }

    /** A non-2xx answer with the provider's error message. */
    ModelException status(int code, int attempts, String providerMessage) {
        return new ModelException(prefix + "HTTP " + code + " after " + attempts(attempts) + ": "
                + redactor.redact(providerMessage), code, attempts, null);
    }

    /** A 2xx answer that is not a usable answer. */
    ModelException malformed(int code, int attempts, String what) {
        return new ModelException(prefix + "malformed response: " + redactor.redact(what), code, attempts, null);
    }

    /** A request that cannot be written in the provider's wire format; nothing was sent. */
    ModelException unsendable(String what) {
        return new ModelException(prefix + "cannot send the request: " + redactor.redact(what), -1, 0, null);
    }

    private static String attempts(int count) {
        return count == 1 ? "1 attempt" : count + " attempts";
    }
}
