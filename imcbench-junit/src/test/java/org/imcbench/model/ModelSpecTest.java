package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelSpecTest {

    @Test
    void parsesEveryProvider() {
        assertThat(ModelSpec.parse("demo:careful")).isEqualTo(new ModelSpec("demo", "careful", ""));
        assertThat(ModelSpec.parse("openai:gpt-4.1"))
                .isEqualTo(new ModelSpec("openai", "gpt-4.1", "https://api.openai.com/v1"));
        assertThat(ModelSpec.parse("openai-compatible:http://localhost:8000/v1#Qwen2.5-VL-7B-Instruct"))
                .isEqualTo(new ModelSpec("openai-compatible", "Qwen2.5-VL-7B-Instruct", "http://localhost:8000/v1"));
        assertThat(ModelSpec.parse("ollama:llava")).isEqualTo(new ModelSpec("ollama", "llava", "http://localhost:11434/v1"));
        assertThat(ModelSpec.parse("ollama:llava:13b").model()).isEqualTo("llava:13b");
    }

    @Test
    void toStringGivesTheSpecBack() {
        for (String spec : new String[] {"demo:careful", "openai:gpt-4.1",
                "openai-compatible:http://localhost:8000/v1#Qwen2.5-VL-7B-Instruct", "ollama:llava"}) {
            assertThat(ModelSpec.parse(spec)).hasToString(spec);
        }
    }

    @Test
    void rejectsMalformedSpecsListingTheAcceptedForms() {
        for (String spec : new String[] {"", "gpt-4.1", "openai:", "anthropic:claude", ":x",
                "openai-compatible:http://localhost:8000/v1", "openai-compatible:localhost:8000/v1#m",
                "openai-compatible:http://h/v1#"}) {
            assertThatThrownBy(() -> ModelSpec.parse(spec)).as(spec)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("openai-compatible:<http(s) base URL>#<model>")
                    .hasMessageContaining("demo:<careful|careless|patient>");
        }
    }
}
