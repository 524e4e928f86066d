package org.imcbench.model;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Real calls to Gemini; runs only where {@code GEMINI_API_KEY} is set. */
@EnabledIfEnvironmentVariable(named = "GEMINI_API_KEY", matches = ".+",
        disabledReason = "talks to the real Gemini API: set GEMINI_API_KEY to run it")
class GeminiLiveTest {
    private static final String MODEL = "gemini:gemini-2.5-flash-lite";

    @Test
    void describesAnImageOverTheRealApi() throws IOException {
        LiveProviderCheck.describesAnImage(MODEL);
    }

    @Test
    void givesAStructuredAnswerWithAResponseSchema() throws IOException {
        LiveProviderCheck.givesAStructuredAnswer(MODEL);
    }
}
