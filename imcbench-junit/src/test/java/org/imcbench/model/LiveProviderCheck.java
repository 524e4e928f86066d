package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** The calls every live provider test makes against a real API, with the real environment's keys. */
final class LiveProviderCheck {
    private static final String LESION_SHA256 = "90e99c0b697a03afc91601a1e5f0304850a9093702b5043831d656bdbc387069";

    private LiveProviderCheck() {
    }

    /** Asks the model about a real image and checks that it answers and reports usage. */
    static void describesAnImage(String spec) throws IOException {
        byte[] png;
        try (InputStream in = LiveProviderCheck.class.getClassLoader()
                .getResourceAsStream("engine/cases/images/lesion.png")) {
            png = in.readAllBytes();
        }
        ChatResponse response = model(spec).chat(ChatRequest.of(List.of(
                ChatMessage.system("Answer in one short sentence."),
                ChatMessage.user("What colours do you see in this image?",
                        List.of(new ImagePart(png, "image/png", LESION_SHA256)))), 0, 50));

        assertThat(response.text()).isNotBlank();
        assertThat(response.usage().inputTokens()).isPositive();
    }

    /** Asks for a structured score and checks that the answer is JSON following the schema. */
    static void givesAStructuredAnswer(String spec) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ChatResponse response = model(spec).chat(ProviderContractTest.judgeRequest());

        JsonNode answer = json.readTree(response.text());
        assertThat(answer.path("score").asInt()).isBetween(1, 5);
    }

    private static ChatModel model(String spec) {
        return new ChatModelFactory(HttpPolicy.defaults(), System::getenv).create(spec, Optional.empty());
    }
}
