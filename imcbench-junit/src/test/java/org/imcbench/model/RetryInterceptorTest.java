package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class RetryInterceptorTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    private Response call(HttpPolicy policy, AttemptCounter counter) throws IOException {
        OkHttpClient client = HttpClients.create(policy, waits::add, () -> 1.0);
        Request request = new Request.Builder().url(server.url("/x")).tag(AttemptCounter.class, counter).build();
        return client.newCall(request).execute();
    }

    private Response call(HttpPolicy policy, AttemptCounter counter, RetryHintReader hints) throws IOException {
        OkHttpClient client = HttpClients.create(policy, waits::add, () -> 1.0);
        Request request = new Request.Builder().url(server.url("/x")).tag(AttemptCounter.class, counter)
                .tag(RetryHintReader.class, hints).build();
        return client.newCall(request).execute();
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).build();
    }

    @Test
    void retryableStatuses() {
        assertThat(List.of(408, 409, 429, 500, 502, 503, 504, 529)).allMatch(RetryInterceptor::isRetryableStatus);
        assertThat(List.of(200, 400, 401, 402, 403, 404, 413, 422)).noneMatch(RetryInterceptor::isRetryableStatus);
    }

    @Test
    void stopsWhenTheNextWaitWouldPassTheTotalBound() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "50").build());
        }
        AttemptCounter counter = new AttemptCounter();
        try (Response response = call(HttpPolicy.defaults(), counter)) {
            assertThat(response.code()).isEqualTo(503);
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(50), Duration.ofSeconds(50));
        assertThat(counter.attempts()).isEqualTo(3);
    }

    @Test
    void ridesOutARateLimitStormOnTimeNotAttemptsHonouringRetryAfter() throws Exception {
        for (int i = 0; i < 30; i++) {
            server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());
        }
        server.enqueue(status(200));
        AttemptCounter counter = new AttemptCounter();
        try (Response response = call(HttpPolicy.defaults(), counter)) {
            assertThat(response.code()).isEqualTo(200);
        }
        assertThat(waits).hasSize(30).containsOnly(Duration.ofSeconds(2));
        assertThat(counter.attempts()).isEqualTo(31);
        assertThat(counter.waited()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aRateLimitStormLongerThanItsBoundHandsBackTheLast429() throws Exception {
        for (int i = 0; i < 10; i++) {
            server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());
        }
        AttemptCounter counter = new AttemptCounter();
        try (Response response = call(HttpPolicy.defaults().withRateLimitWait(Duration.ofSeconds(7)), counter)) {
            assertThat(response.code()).isEqualTo(429);
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(counter.attempts()).isEqualTo(4);
    }

    @Test
    void retriesAConnectionErrorAndCountsAttempts() throws Exception {
        server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(status(200));
        AttemptCounter counter = new AttemptCounter();
        try (Response response = call(HttpPolicy.defaults().withConnectTimeout(Duration.ofSeconds(2)), counter)) {
            assertThat(response.code()).isEqualTo(200);
        }
        assertThat(counter.attempts()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void rethrowsTheLastIoErrorAfterTheLastAttempt() {
        server.close();
        AttemptCounter counter = new AttemptCounter();
        assertThatThrownBy(() -> call(HttpPolicy.defaults().withMaxAttempts(2), counter).close())
                .isInstanceOf(IOException.class);
        assertThat(counter.attempts()).isEqualTo(2);
    }

    @Test
    void honoursXShouldRetryFalse() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("x-should-retry", "false").build());
        AttemptCounter counter = new AttemptCounter();
        try (Response response = call(HttpPolicy.defaults(), counter)) {
            assertThat(response.code()).isEqualTo(503);
        }
        assertThat(counter.attempts()).isEqualTo(1);
    }

    @Test
    void recognisesAnExhaustedQuota() {
        assertThat(RetryInterceptor.isInsufficientQuota("{\"error\":{\"code\":\"insufficient_quota\"}}")).isTrue();
        assertThat(RetryInterceptor.isInsufficientQuota("{\"error\":{\"code\":\"rate_limit_exceeded\"}}")).isFalse();
        assertThat(RetryInterceptor.isInsufficientQuota("not json")).isFalse();
    }

    @Test
    void waitsAtLeastTheProvidersHintedDelay() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).body("wait 7").build());
        server.enqueue(status(200));
        AttemptCounter counter = new AttemptCounter();
        RetryHintReader hints = (code, body) -> body.equals("wait 7")
                ? RetryHint.waitAtLeast(Duration.ofSeconds(7)) : RetryHint.NONE;
        try (Response response = call(HttpPolicy.defaults(), counter, hints)) {
            assertThat(response.code()).isEqualTo(200);
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void stopsWhenTheProviderSaysSoOrWantsMoreThanTheMaximumBackoff() throws Exception {
        server.enqueue(status(429));
        server.enqueue(status(429));
        for (RetryHint hint : List.of(RetryHint.stopRetrying(), RetryHint.waitAtLeast(Duration.ofSeconds(61)))) {
            AttemptCounter counter = new AttemptCounter();
            try (Response response = call(HttpPolicy.defaults(), counter, (code, body) -> hint)) {
                assertThat(response.code()).isEqualTo(429);
            }
            assertThat(counter.attempts()).as(hint.toString()).isEqualTo(1);
        }
        assertThat(waits).isEmpty();
    }
}
