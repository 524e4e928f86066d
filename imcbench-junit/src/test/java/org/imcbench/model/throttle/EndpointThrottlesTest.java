package org.imcbench.model.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.imcbench.model.HttpClients;
import org.imcbench.model.HttpPolicy;
import org.imcbench.model.ModelRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-endpoint limit and back-off over real loopback HTTP. */
class EndpointThrottlesTest {
    private static final HttpPolicy ONE_ATTEMPT = HttpPolicy.defaults().withMaxAttempts(1)
            .withRateLimitWait(Duration.ZERO);

    private final MockWebServer server = new MockWebServer();
    private final MockWebServer otherServer = new MockWebServer();
    private final EndpointThrottles throttles = new EndpointThrottles();
    private final ExecutorService callers = Executors.newFixedThreadPool(16);

    @BeforeEach
    void start() throws IOException {
        server.start();
        otherServer.start();
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
        server.close();
        otherServer.close();
    }

    @Test
    void requestsInFlightToOneEndpointNeverExceedTheRoleLimit() throws Exception {
        InFlight inFlight = slowServer(server, 100);
        OkHttpClient client = client(ModelRole.MODEL, 3);

        List<Integer> codes = callConcurrently(client, server, 12);

        assertThat(codes).hasSize(12).containsOnly(200);
        assertThat(inFlight.max).hasValue(3);
    }

    @Test
    void eachRoleHasItsOwnLimitAtTheSameEndpoint() throws Exception {
        InFlight inFlight = slowServer(server, 150);
        OkHttpClient model = client(ModelRole.MODEL, 1);
        OkHttpClient jury = client(ModelRole.JURY, 2);

        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(callers.submit(() -> call(model, server)));
            calls.add(callers.submit(() -> call(jury, server)));
        }
        for (Future<Integer> call : calls) {
            assertThat(call.get(10, TimeUnit.SECONDS)).isEqualTo(200);
        }

        assertThat(inFlight.max).hasValue(3);
    }

    @Test
    void afterA429WithRetryAfterTheWaitingCallersHoldBackUntilThePauseIsOver() throws Exception {
        Queue<Long> arrivals = new ConcurrentLinkedQueue<>();
        AtomicInteger requests = new AtomicInteger();
        long[] rateLimitedAt = new long[1];
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (requests.incrementAndGet() == 1) {
                    Thread.sleep(200);
                    rateLimitedAt[0] = System.nanoTime();
                    return new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build();
                }
                arrivals.add(System.nanoTime());
                return new MockResponse.Builder().code(200).body("{}").build();
            }
        });
        slowServer(otherServer, 0);
        OkHttpClient client = client(ModelRole.MODEL, 1);

        Future<Integer> first = callers.submit(() -> call(client, server));
        Thread.sleep(50);
        List<Integer> waiting = callConcurrently(client, server, 3);
        long otherStart = System.nanoTime();
        int other = call(client, otherServer);
        long otherMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - otherStart);

        assertThat(first.get()).isEqualTo(429);
        assertThat(waiting).containsOnly(200);
        assertThat(arrivals).hasSize(3).allSatisfy(arrival ->
                assertThat(TimeUnit.NANOSECONDS.toMillis(arrival - rateLimitedAt[0])).isGreaterThanOrEqualTo(950));
        assertThat(other).isEqualTo(200);
        assertThat(otherMillis).as("another endpoint is not held back").isLessThan(900);
    }

    @Test
    void aRateLimitHalvesTheRolesPermitsAndSuccessesRaiseThemAgain() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        InFlight inFlight = new InFlight();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (requests.incrementAndGet() == 1) {
                    return new MockResponse.Builder().code(529).addHeader("retry-after-ms", "0").build();
                }
                return inFlight.answerSlowly(150);
            }
        });
        OkHttpClient client = client(ModelRole.JURY, 4);
        EndpointThrottle endpoint = throttles.endpoint(server.url("/"));

        assertThat(call(client, server)).isEqualTo(529);
        assertThat(endpoint.permits(ModelRole.JURY)).isEqualTo(2);
        callConcurrently(client, server, 4);

        assertThat(inFlight.max).hasValue(2);
        assertThat(endpoint.permits(ModelRole.JURY)).isEqualTo(3);
        callConcurrently(client, server, 8);
        assertThat(endpoint.permits(ModelRole.JURY)).isEqualTo(4);
    }

    private OkHttpClient client(ModelRole role, int maxConcurrency) {
        return HttpClients.create(ONE_ATTEMPT, duration -> { }, () -> 0.0).newBuilder()
                .addInterceptor(throttles.interceptor(role, maxConcurrency, ONE_ATTEMPT))
                .build();
    }

    private List<Integer> callConcurrently(OkHttpClient client, MockWebServer target, int count) throws Exception {
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(callers.submit(() -> call(client, target)));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> call : calls) {
            codes.add(call.get(10, TimeUnit.SECONDS));
        }
        return codes;
    }

    private static int call(OkHttpClient client, MockWebServer target) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(target.url("/v1/chat")).build()).execute()) {
            return response.code();
        }
    }

    private static InFlight slowServer(MockWebServer target, long millis) {
        InFlight inFlight = new InFlight();
        target.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return inFlight.answerSlowly(millis);
            }
        });
        return inFlight;
    }

    /** Counts the requests the server is answering at once. */
    private static final class InFlight {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger max = new AtomicInteger();

        MockResponse answerSlowly(long millis) throws InterruptedException {
            max.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(Duration.ofMillis(millis).toMillis());
            } finally {
                now.decrementAndGet();
            }
            return new MockResponse.Builder().code(200).body("{}").build();
        }
    }
}
