package org.imcbench.model.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import org.imcbench.model.ChatMessage;
import org.imcbench.model.ChatModelFactory;
import org.imcbench.model.ChatRequest;
import org.imcbench.model.HttpPolicy;
import org.imcbench.model.ModelException;
import org.junit.jupiter.api.Test;

class DemoServerTest {

    @Test
    void servesOnLoopbackWithDaemonThreads() {
        DemoServer server = DemoServer.shared();
        assertThat(server).isSameAs(DemoServer.shared());
        assertThat(server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(t -> t.getName().contains("HTTP-Dispatcher") || t.getName().startsWith("imcbench-demo"))
                .isNotEmpty().allMatch(Thread::isDaemon);
    }

    @Test
    void answersAnUnknownModelWith404() {
        try (DemoServer server = DemoServer.start()) {
            var model = new ChatModelFactory(HttpPolicy.defaults(), variable -> null)
                    .create("openai-compatible:" + server.baseUrl() + "#nobody", Optional.empty());
            ModelException e = catchThrowableOfType(ModelException.class,
                    () -> model.chat(ChatRequest.of(List.of(ChatMessage.user("hi")), 0, 10)));
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getMessage()).contains("HTTP 404", "The model 'nobody' does not exist");
        }
    }
}
