package org.imcbench.model;

import java.time.Duration;
import java.util.Locale;
import org.imcbench.config.Settings;

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
    ModelException noResponse(int attempts, Duration waited, Exception cause) {
        return new ModelException(prefix + "no HTTP response after " + attempts(attempts) + waiting(waited) + ": "
                + redactor.redact(cause.getClass().getSimpleName() + ": " + cause.getMessage()), -1, attempts, cause);
    }

    /**
     * A non-2xx answer with the provider's error message; a rate-limited one (429, 529) says how long
     * the call waited it out and which setting bounds that.
     */
    ModelException status(int code, int attempts, Duration waited, String providerMessage) {
        String rateLimited = RetryInterceptor.isRateLimited(code) && !waited.isZero()
                ? " (still rate limited after waiting " + seconds(waited) + " in total; " + Settings.HTTP_RATE_LIMIT_WAIT.key()
                        + " bounds that wait)"
                : waiting(waited);
        return new ModelException(prefix + "HTTP " + code + " after " + attempts(attempts) + rateLimited + ": "
                + redactor.redact(providerMessage), code, attempts, null);
    }

    /** An answer larger than {@code imcbench.http.max-response-bytes}; the rest of it was not read. */
    ModelException tooLarge(long limit) {
        return new ModelException(prefix + "the answer is larger than " + Settings.HTTP_MAX_RESPONSE_BYTES.key() + " ("
                + limit + " bytes); it was not read further", -1, 1, null);
    }

    /** A 2xx answer whose body is the provider's error object instead of an answer. */
    ModelException errorIn2xx(int code, int attempts, String providerMessage) {
        return new ModelException(prefix + "HTTP " + code + " with an error instead of an answer: "
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

    private static String waiting(Duration waited) {
        return waited.isZero() ? "" : " and " + seconds(waited) + " of waiting between them";
    }

    private static String seconds(Duration waited) {
        return String.format(Locale.ROOT, "%.1f s", waited.toMillis() / 1000.0);
    }

    private static String attempts(int count) {
        return count == 1 ? "1 attempt" : count + " attempts";
    }
}
