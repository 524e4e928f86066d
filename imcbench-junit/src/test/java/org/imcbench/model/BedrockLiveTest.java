package org.imcbench.model;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Real calls to Amazon Bedrock; run only where {@code AWS_BEARER_TOKEN_BEDROCK} or
 * {@code AWS_ACCESS_KEY_ID} is set. The region is {@code AWS_REGION}, else {@code AWS_DEFAULT_REGION},
 * else {@code us-east-1}; the {@code us.} inference profile needs a US region.
 */
@EnabledIf(value = "hasCredentials",
        disabledReason = "talks to the real Bedrock API: set AWS_BEARER_TOKEN_BEDROCK or AWS credentials to run it")
class BedrockLiveTest {

    static boolean hasCredentials() {
        return set("AWS_BEARER_TOKEN_BEDROCK") || set("AWS_ACCESS_KEY_ID");
    }

    private static boolean set(String variable) {
        return Optional.ofNullable(System.getenv(variable)).filter(v -> !v.isBlank()).isPresent();
    }

    private static String model() {
        String region = Optional.ofNullable(System.getenv("AWS_REGION"))
                .or(() -> Optional.ofNullable(System.getenv("AWS_DEFAULT_REGION"))).orElse("us-east-1");
        return "bedrock:" + region + "/us.amazon.nova-lite-v1:0";
    }

    @Test
    void describesAnImageOverTheRealApi() throws IOException {
        LiveProviderCheck.describesAnImage(model());
    }

    @Test
    void givesAStructuredAnswerThroughAForcedTool() throws IOException {
        LiveProviderCheck.givesAStructuredAnswer(model());
    }
}
