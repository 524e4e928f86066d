package org.imcbench.model;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Real calls to Anthropic; runs only where {@code ANTHROPIC_API_KEY} is set. */
@EnabledIfEnvironmentVariable(named = "ANTHROPIC_API_KEY", matches = ".+",
        disabledReason = "talks to the real Anthropic API: set ANTHROPIC_API_KEY to run it")
class AnthropicLiveTest {
    private static final String MODEL = "anthropic:claude-haiku-4-5";

    @Test
    void describesAnImageOverTheRealApi() throws IOException {
        LiveProviderCheck.describesAnImage(MODEL);
    }

    @Test
    void givesAStructuredAnswerThroughAForcedToolCall() throws IOException {
        LiveProviderCheck.givesAStructuredAnswer(MODEL);
    }
}
