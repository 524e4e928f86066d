package org.imcbench.model;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Real calls to OpenAI; runs only where {@code OPENAI_API_KEY} is set. */
@EnabledIfEnvironmentVariable(named = "OPENAI_API_KEY", matches = ".+",
        disabledReason = "talks to the real OpenAI API: set OPENAI_API_KEY to run it")
class OpenAiLiveTest {

    @Test
    void describesAnImageOverTheRealApi() throws IOException {
        LiveProviderCheck.describesAnImage("openai:gpt-4.1-mini");
    }

    @Test
    void givesAStructuredAnswerOverTheRealApi() throws IOException {
        LiveProviderCheck.givesAStructuredAnswer("openai:gpt-4.1-mini");
    }
}
