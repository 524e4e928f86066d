package org.imcbench.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An OpenAI-compatible {@code /v1/chat/completions} endpoint on loopback that answers every call
 * (model under test, patient simulator, judge: {@link EndpointAnswers}) exactly {@code latency} after
 * it has read the request. It serves far more calls in flight than the harness makes: the JDK server
 * with a backlog of {@value #BACKLOG} connections and {@value #THREADS} handler threads (a handler
 * sleeps through its latency) and {@code TCP_NODELAY} on its sockets, so the harness's figures are the
 * engine's, not this fixture's.
 */
public final class LatencyEndpoint implements AutoCloseable {
    static final int BACKLOG = 1024;
    static final int THREADS = 256;
    /**
     * The JDK server leaves Nagle's algorithm on unless this is set before its first use, so that an answer
     * written in two segments could wait for the client's delayed ACK.
     */
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        System.setProperty(NO_DELAY, "true");
    }

    private final Duration latency;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<EndpointRole, AtomicLong> calls = new EnumMap<>(EndpointRole.class);
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private LatencyEndpoint(Duration latency) throws IOException {
        this.latency = latency;
        for (EndpointRole role : EndpointRole.values()) {
            calls.put(role, new AtomicLong());
        }
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "bench-endpoint-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts an endpoint answering after the given latency. */
    public static LatencyEndpoint start(Duration latency) {
        try {
            return new LatencyEndpoint(latency);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback endpoint", e);
        }
    }

    /** The base URL, {@code http://127.0.0.1:<port>/v1}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/v1";
    }

    /** The model spec of a role at this endpoint, e.g. {@code openai-compatible:http://127.0.0.1:4711/v1#bench-model}. */
    public String spec(String modelName) {
        return "openai-compatible:" + baseUrl() + "#" + modelName;
    }

    /** The calls answered so far, per role, with the most that were in flight at once. */
    public EndpointCounts counts() {
        Map<EndpointRole, Long> answered = new EnumMap<>(EndpointRole.class);
        calls.forEach((role, count) -> answered.put(role, count.get()));
        return new EndpointCounts(answered, rejected.get(), maxInFlight.get());
    }

    /** Forgets the counts (between the runs that share the endpoint). */
    public void resetCounts() {
        calls.values().forEach(count -> count.set(0));
        rejected.set(0);
        maxInFlight.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            long started = System.nanoTime();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            EndpointAnswers.Request request;
            try {
                request = EndpointAnswers.read(body);
            } catch (IOException e) {
                rejected.incrementAndGet();
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            byte[] answer = EndpointAnswers.answer(request, calls.get(request.role()).incrementAndGet());
            sleepUntil(started + latency.toNanos());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void sleepUntil(long deadline) {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
