package org.imcbench.model;

import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTP side of one model call: sends requests through the shared client (and so through the
 * one retry policy), counts the attempts of every request it sends, and turns an I/O failure into
 * a redacted {@link ModelException}. A protocol may send more than one request per call (OpenAI's
 * fallback between {@code max_tokens} and {@code max_completion_tokens}); the attempts add up.
 * Not thread-safe: one exchange per call.
 */
final class HttpExchange {
    private final OkHttpClient client;
    private final RetryHintReader hints;
    private final ModelFailures failures;
    private int attempts;
    private Duration waited = Duration.ZERO;

    /**
     * Creates the exchange of one call.
     *
     * @param client the client with the retry policy
     * @param hints the provider's retry-hint reader
     * @param failures builds the redacted error messages
     */
    HttpExchange(OkHttpClient client, RetryHintReader hints, ModelFailures failures) {
        this.client = client;
        this.hints = hints;
        this.failures = failures;
    }

    /**
     * Sends one request (with retries) and reads the whole answer, whatever its status.
     *
     * @throws ModelException if no HTTP answer came, after the retries the policy allows
     */
    HttpReply send(Request request) {
        AttemptCounter counter = new AttemptCounter();
        Request tagged = request.newBuilder()
                .tag(AttemptCounter.class, counter)
                .tag(RetryHintReader.class, hints)
                .build();
        try (Response response = client.newCall(tagged).execute()) {
            ResponseBody body = response.body();
            HttpReply reply = new HttpReply(response.code(), response.headers(), body.contentType(), body.bytes());
            count(counter);
            return reply;
        } catch (ResponseTooLargeException e) {
            count(counter);
            throw failures.tooLarge(e.limit());
        } catch (IOException e) {
            count(counter);
            throw failures.noResponse(attempts, waited, e);
        }
    }

    private void count(AttemptCounter counter) {
        attempts += Math.max(1, counter.attempts());
        waited = waited.plus(counter.waited());
    }

    /** The time waited between the attempts of every request sent so far. */
    Duration waited() {
        return waited;
    }

    /** The attempts of every request sent so far. */
    int attempts() {
        return attempts;
    }
}
