package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** One real call to OpenAI with an image; runs only where {@code OPENAI_API_KEY} is set. */
@EnabledIfEnvironmentVariable(named = "OPENAI_API_KEY", matches = ".+",
        disabledReason = "talks to the real OpenAI API: set OPENAI_API_KEY to run it")
class OpenAiLiveTest {

    @Test
    void describesAnImageOverTheRealApi() throws IOException {
        byte[] png;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("engine/cases/images/lesion.png")) {
            png = in.readAllBytes();
        }
        ChatModel model = new ChatModelFactory(HttpPolicy.defaults(), System::getenv)
                .create("openai:gpt-4.1-mini", Optional.empty());

        ChatResponse response = model.chat(ChatRequest.of(List.of(
                ChatMessage.system("Answer in one short sentence."),
                ChatMessage.user("What colours do you see in this image?",
                        List.of(new ImagePart(png, "image/png", "90e99c0b697a03afc91601a1e5f0304850a9093702b5043831d656bdbc387069")))),
                0, 50));

        assertThat(response.text()).isNotBlank();
        assertThat(response.usage().inputTokens()).isPositive();
    }
}
