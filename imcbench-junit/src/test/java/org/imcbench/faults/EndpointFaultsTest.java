package org.imcbench.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.imcbench.model.ChatMessage;
import org.imcbench.model.ChatModel;
import org.imcbench.model.ChatModelFactory;
import org.imcbench.model.ChatRequest;
import org.imcbench.model.ChatResponse;
import org.imcbench.model.HttpClients;
import org.imcbench.model.HttpPolicy;
import org.imcbench.model.ModelException;
import org.junit.jupiter.api.Test;

/**
 * Fault matrix, endpoint rows (issue 17, items 6, 10, 11, 13): a model client over real loopback
 * sockets against raw servers that close, reset and lie. Waits between retries are recorded, not
 * slept, except where the fault itself is about time (idle connections closed after a second).
 */
class EndpointFaultsTest {
    private static final String ANSWER = "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"See a "
            + "dermatologist.\"}}],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2}}";

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    private ChatModel model(LoopbackHttpServer server, HttpPolicy policy) {
        return new ChatModelFactory(HttpClients.create(policy, waits::add, () -> 0.5), name -> null)
                .create("openai-compatible:" + server.baseUrl() + "#m", Optional.empty());
    }

    private static ChatRequest request(int i) {
        return ChatRequest.of(List.of(ChatMessage.user("question " + i)), 0.0, 50);
    }

    private static HttpPolicy oneAttempt() {
        return HttpPolicy.defaults().withMaxAttempts(1).withReadTimeout(Duration.ofSeconds(5));
    }

    @Test
    void anHttp10ServerThatClosesAfterEveryAnswerNeverCostsACase() throws IOException {
        try (LoopbackHttpServer server = new LoopbackHttpServer((socket, self) -> {
            if (self.readRequest(socket) != null) {
                LoopbackHttpServer.answer(socket, "HTTP/1.0 200 OK", ANSWER);
            }
        })) {
            ChatModel model = model(server, oneAttempt());
            for (int i = 0; i < 20; i++) {
                assertThat(model.chat(request(i)).text()).isEqualTo("See a dermatologist.");
            }
            assertThat(server.connections()).isEqualTo(20);
        }
    }

    @Test
    void aServerThatDropsEveryReusedConnectionIsRetriedOnAFreshOneWithoutSpendingAnAttempt() throws IOException {
        try (LoopbackHttpServer server = new LoopbackHttpServer((socket, self) -> {
            if (self.readRequest(socket) != null) {
                LoopbackHttpServer.answer(socket, "HTTP/1.1 200 OK", ANSWER);
                self.readRequest(socket); // the client reuses the connection: drop it unanswered
            }
        })) {
            ChatModel model = model(server, oneAttempt());
            for (int i = 0; i < 10; i++) {
                assertThat(model.chat(request(i)).text()).isEqualTo("See a dermatologist.");
            }
            assertThat(server.connections()).isEqualTo(10);
            assertThat(server.requests()).as("9 requests fell on a stale connection and were sent again")
                    .isEqualTo(19);
            assertThat(waits).isEmpty();
        }
    }

    @Test
    void aServerThatClosesIdleConnectionsAfterASecondNeverCostsACase() throws Exception {
        try (LoopbackHttpServer server = new LoopbackHttpServer((socket, self) -> {
            socket.setSoTimeout(1000);
            while (self.readRequest(socket) != null) {
                LoopbackHttpServer.answer(socket, "HTTP/1.1 200 OK", ANSWER);
            }
        })) {
            ChatModel model = model(server, oneAttempt());
            for (int i = 0; i < 3; i++) {
                assertThat(model.chat(request(i)).text()).isEqualTo("See a dermatologist.");
                assertThat(model.chat(request(i)).text()).isEqualTo("See a dermatologist.");
                Thread.sleep(1200);
            }
            assertThat(server.requests()).isEqualTo(6);
        }
    }

    @Test
    void aResetInTheMiddleOfA200BodyIsTransientAndRetried() throws IOException {
        try (LoopbackHttpServer server = new LoopbackHttpServer((socket, self) -> {
            if (self.readRequest(socket) == null) {
                return;
            }
            if (self.connections() == 1) {
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + ANSWER.length()
                        + "\r\n\r\n" + ANSWER.substring(0, 40)).getBytes(StandardCharsets.UTF_8));
                out.flush();
                LoopbackHttpServer.reset(socket);
            } else {
                LoopbackHttpServer.answer(socket, "HTTP/1.1 200 OK", ANSWER);
            }
        })) {
            ChatResponse response = model(server, HttpPolicy.defaults().withMaxAttempts(2)).chat(request(1));

            assertThat(response.text()).isEqualTo("See a dermatologist.");
            assertThat(response.attempts()).isEqualTo(2);
            assertThat(waits).hasSize(1);
        }
    }

    @Test
    void a200WithAnErrorObjectShowsTheProvidersMessage() throws IOException {
        try (LoopbackHttpServer server = new LoopbackHttpServer((socket, self) -> {
            if (self.readRequest(socket) != null) {
                LoopbackHttpServer.answer(socket, "HTTP/1.1 200 OK",
                        "{\"error\":{\"message\":\"Upstream provider returned 502\",\"code\":502}}");
            }
        })) {
            ModelException e = catchThrowableOfType(ModelException.class,
                    () -> model(server, oneAttempt()).chat(request(1)));

            assertThat(e.getMessage()).endsWith("failed: HTTP 200 with an error instead of an answer: "
                    + "Upstream provider returned 502").doesNotContain("choices[0]");
        }
    }

    @Test
    void aTwentyMegabyteAnswerHasItsOwnMessageAndIsNotReadToTheEnd() throws IOException {
        for (boolean withLength : new boolean[] {true, false}) {
            try (LoopbackHttpServer server = new LoopbackHttpServer((socket, self) -> {
                if (self.readRequest(socket) != null) {
                    huge(socket, withLength);
                }
            })) {
                ModelException e = catchThrowableOfType(ModelException.class,
                        () -> model(server, HttpPolicy.defaults()).chat(request(1)));

                assertThat(e.getMessage()).as("Content-Length sent: %s", withLength)
                        .endsWith("failed: the answer is larger than imcbench.http.max-response-bytes (8388608 bytes); "
                                + "it was not read further")
                        .doesNotContain("not JSON");
                assertThat(server.requests()).as("not retried").isEqualTo(1);
            }
        }
    }

    private static void huge(Socket socket, boolean withLength) throws IOException {
        int size = 20 * 1024 * 1024;
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n"
                + (withLength ? "Content-Length: " + size + "\r\n" : "") + "\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        try {
            for (int written = 0; written < size; written += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException e) {
            // the client stopped reading at its bound
        }
    }
}
