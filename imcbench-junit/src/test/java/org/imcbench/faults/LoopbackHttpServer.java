package org.imcbench.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw-socket HTTP/1.x server on loopback for faults a well-behaved server library will not
 * produce: closing a connection after one answer, closing idle connections, resetting a connection
 * in the middle of a body. Every connection is served by {@link ConnectionScript}; requests must
 * carry a {@code Content-Length} body (as every provider call does).
 */
final class LoopbackHttpServer implements AutoCloseable {
    /** How one connection is served. */
    @FunctionalInterface
    interface ConnectionScript {
        /**
         * Serves one accepted connection until it returns (then the socket is closed).
         *
         * @param socket the connection
         * @param server for reading requests and counting them
         */
        void serve(Socket socket, LoopbackHttpServer server) throws IOException;
    }

    private final ServerSocket socket;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "loopback-http");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    LoopbackHttpServer(ConnectionScript script) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        workers.submit(() -> {
            while (!socket.isClosed()) {
                Socket accepted;
                try {
                    accepted = socket.accept();
                } catch (IOException e) {
                    return;
                }
                connections.incrementAndGet();
                workers.submit(() -> {
                    try (accepted) {
                        script.serve(accepted, this);
                    } catch (IOException e) {
                        // the client went away: nothing to serve
                    }
                });
            }
        });
    }

    /** The base URL, e.g. {@code http://127.0.0.1:4711/v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    /** Connections accepted so far. */
    int connections() {
        return connections.get();
    }

    /** Requests read completely so far. */
    int requests() {
        return requests.get();
    }

    /**
     * Reads one request (head and {@code Content-Length} body).
     *
     * @return the body, or {@code null} when the client closed the connection (or went idle past the
     *     socket's timeout) before sending a request
     */
    String readRequest(Socket connection) throws IOException {
        InputStream in = connection.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1) {
                head.write(b);
                byte[] bytes = head.toByteArray();
                int n = bytes.length;
                if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n') {
                    break;
                }
            }
            if (b == -1) {
                return null;
            }
        } catch (SocketTimeoutException | SocketException e) {
            return null;
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        requests.incrementAndGet();
        return body;
    }

    /** Writes a complete answer with a {@code Content-Length} and no {@code Connection} header. */
    static void answer(Socket connection, String statusLine, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        OutputStream out = connection.getOutputStream();
        out.write((statusLine + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    /** Closes the connection with a TCP reset instead of an orderly close. */
    static void reset(Socket connection) throws IOException {
        connection.setSoLinger(true, 0);
        connection.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
