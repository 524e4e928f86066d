package org.imcbench.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelFamilyTest {

    @Test
    void namesTheFamilyOfEachProvidersModels() {
        Map<String, String> families = Map.ofEntries(
                Map.entry("openai:gpt-4.1", "openai-gpt"),
                Map.entry("openai:o3-mini", "openai-gpt"),
                Map.entry("openai:o4-mini", "openai-gpt"),
                Map.entry("OpenAI:GPT-4.1", "openai-gpt"),
                Map.entry("openai-compatible:https://openrouter.ai/api/v1#gpt-4o", "openai-gpt"),
                Map.entry("openai-compatible:http://localhost:8000/v1#gemini-2.0-flash", "google-gemini"),
                Map.entry("openai-compatible:http://localhost:8000/v1#Qwen2.5-VL-7B-Instruct", "qwen"),
                Map.entry("openai-compatible:http://localhost:8000/v1#meta-llama-3.2-vision", "meta-llama"),
                Map.entry("openai-compatible:http://localhost:8000/v1#llama-3.2-vision", "meta-llama"),
                Map.entry("anthropic:claude-opus-4-6", "anthropic-claude"),
                Map.entry("gemini:gemini-2.5-pro", "google-gemini"),
                Map.entry("bedrock:us.anthropic.claude-sonnet-4-v1:0", "anthropic-claude"),
                Map.entry("bedrock:anthropic.claude-3-haiku-20240307-v1:0", "anthropic-claude"),
                Map.entry("bedrock:eu-west-1/eu.amazon.nova-pro-v1:0", "amazon-nova"),
                Map.entry("bedrock:us.meta.llama3-2-90b-instruct-v1:0", "meta-llama"),
                Map.entry("ollama:llava", "meta-llama"),
                Map.entry("ollama:llama3.2-vision", "meta-llama"),
                Map.entry("ollama:qwen2.5vl", "qwen"));

        families.forEach((model, family) -> assertThat(ModelFamily.of(model)).as(model).contains(family));
    }

    @Test
    void offlineDemoAndUnknownModelsHaveNoFamily() {
        for (String model : new String[] {"checklist", "demo:careful", "demo:patient", "ollama:gemma3",
                "openai:davinci-002", "anthropic:other", "openai-compatible:http://h/v1#mistral-small",
                "bedrock:us.mistral.pixtral-large-2502-v1:0", "mistral:large", "gpt-4.1"}) {
            assertThat(ModelFamily.of(model)).as(model).isEmpty();
        }
    }

    @Test
    void warnsOnlyWhenJudgeAndModelShareAFamily() {
        assertThat(ModelFamily.sameFamilyWarning("bedrock:us.anthropic.claude-sonnet-4-v1:0", "anthropic:claude-opus-4-6"))
                .hasValueSatisfying(warning -> assertThat(warning).contains("anthropic-claude")
                        .contains("'bedrock:us.anthropic.claude-sonnet-4-v1:0'").contains("'anthropic:claude-opus-4-6'"));
        assertThat(ModelFamily.sameFamilyWarning("gemini:gemini-2.5-pro", "anthropic:claude-opus-4-6")).isEmpty();
        assertThat(ModelFamily.sameFamilyWarning("checklist", "demo:careful")).isEqualTo(Optional.empty());
    }
}
