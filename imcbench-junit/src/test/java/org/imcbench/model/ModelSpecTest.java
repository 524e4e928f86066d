package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelSpecTest {

    @Test
    void parsesEveryProvider() {
        assertThat(ModelSpec.parse("demo:careful")).isEqualTo(new ModelSpec(Provider.DEMO, "careful", ""));
        assertThat(ModelSpec.parse("openai:gpt-4.1"))
                .isEqualTo(new ModelSpec(Provider.OPENAI, "gpt-4.1", "https://api.openai.com/v1"));
        assertThat(ModelSpec.parse("openai-compatible:http://localhost:8000/v1#Qwen2.5-VL-7B-Instruct"))
                .isEqualTo(new ModelSpec(Provider.OPENAI_COMPATIBLE, "Qwen2.5-VL-7B-Instruct", "http://localhost:8000/v1"));
        assertThat(ModelSpec.parse("ollama:llava")).isEqualTo(new ModelSpec(Provider.OLLAMA, "llava", "http://localhost:11434/v1"));
        assertThat(ModelSpec.parse("ollama:llava:13b").model()).isEqualTo("llava:13b");
        assertThat(ModelSpec.parse("anthropic:claude-opus-4-6"))
                .isEqualTo(new ModelSpec(Provider.ANTHROPIC, "claude-opus-4-6", "https://api.anthropic.com"));
        assertThat(ModelSpec.parse("gemini:gemini-2.5-pro"))
                .isEqualTo(new ModelSpec(Provider.GEMINI, "gemini-2.5-pro", "https://generativelanguage.googleapis.com"));
    }

    @Test
    void parsesABedrockModelIdWithOrWithoutARegion() {
        assertThat(ModelSpec.parse("bedrock:us.amazon.nova-pro-v1:0"))
                .isEqualTo(new ModelSpec(Provider.BEDROCK, "us.amazon.nova-pro-v1:0", "", ""));
        assertThat(ModelSpec.parse("bedrock:eu-west-1/eu.amazon.nova-pro-v1:0")).isEqualTo(new ModelSpec(Provider.BEDROCK,
                "eu.amazon.nova-pro-v1:0", "https://bedrock-runtime.eu-west-1.amazonaws.com", "eu-west-1"));
        assertThat(ModelSpec.parse("bedrock:us-gov-west-1/amazon.nova-lite-v1:0").region()).isEqualTo("us-gov-west-1");
        String arn = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0";
        assertThat(ModelSpec.parse("bedrock:" + arn)).isEqualTo(new ModelSpec(Provider.BEDROCK, arn, "", ""));
        assertThat(ModelSpec.parse("bedrock:us-east-1/" + arn).model()).isEqualTo(arn);
    }

    @Test
    void toStringGivesTheSpecBack() {
        for (String spec : new String[] {"demo:careful", "openai:gpt-4.1",
                "openai-compatible:http://localhost:8000/v1#Qwen2.5-VL-7B-Instruct", "ollama:llava",
                "anthropic:claude-opus-4-6", "gemini:gemini-2.5-pro", "bedrock:us.amazon.nova-pro-v1:0",
                "bedrock:us-east-1/us.amazon.nova-pro-v1:0"}) {
            assertThat(ModelSpec.parse(spec)).hasToString(spec);
        }
    }

    @Test
    void rejectsCredentialsInABaseUrlWithoutRepeatingThem() {
        assertThatThrownBy(() -> ModelSpec.parse("openai-compatible:https://team:pa55word@vllm.internal/v1#m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("credentials do not belong in the URL")
                .hasMessageContaining("secrets go in environment variables only")
                .hasMessageContaining("https://***@vllm.internal/v1")
                .hasMessageNotContaining("pa55word");
    }

    @Test
    void rejectsMalformedSpecsListingTheAcceptedForms() {
        for (String spec : new String[] {"", "gpt-4.1", "openai:", "mistral:large", ":x", "bedrock:us-east-1/",
                "openai-compatible:http://localhost:8000/v1", "openai-compatible:localhost:8000/v1#m",
                "openai-compatible:http://h/v1#"}) {
            assertThatThrownBy(() -> ModelSpec.parse(spec)).as(spec)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("openai-compatible:<http(s) base URL>#<model>")
                    .hasMessageContaining("demo:<careful|careless|oracle|patient>")
                    .hasMessageContaining("bedrock:[<region>/]<model id>");
        }
    }
}
