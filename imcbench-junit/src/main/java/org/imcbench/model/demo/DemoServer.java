package org.imcbench.model.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo provider's OpenAI-compatible chat-completions server on {@code 127.0.0.1}, on an
 * ephemeral port, so that demo runs go through the real HTTP client. All its threads are daemon
 * threads: it never keeps the JVM alive. {@link #shared()} starts one server per JVM on first use.
 */
public final class DemoServer implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor;

    private DemoServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** The JVM-wide server, started on first use. */
    public static DemoServer shared() {
        return Holder.SHARED;
    }

    /** Starts a new server (tests; normal code uses {@link #shared()}). */
    public static DemoServer start() {
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "imcbench-demo-server-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        HttpServer[] created = new HttpServer[1];
        RuntimeException[] failure = new RuntimeException[1];
        // HttpServer's dispatcher thread inherits the daemon flag of the thread that starts it.
        Thread starter = new Thread(() -> {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                server.createContext("/", new ChatCompletionsHandler());
                server.setExecutor(executor);
                server.start();
                created[0] = server;
            } catch (IOException e) {
                failure[0] = new UncheckedIOException("cannot start the demo server", e);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "imcbench-demo-server-starter");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
            throw new IllegalStateException("interrupted while starting the demo server", e);
        }
        if (failure[0] != null) {
            executor.shutdownNow();
            throw failure[0];
        }
        return new DemoServer(created[0], executor);
    }

    /** The base URL, {@code http://127.0.0.1:<port>/v1}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/v1";
    }

    /** Stops the server (the shared one lives as long as the JVM). */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "DemoServer[" + baseUrl() + "]";
    }

    private static final class Holder {
        static final DemoServer SHARED = start();
    }
}
