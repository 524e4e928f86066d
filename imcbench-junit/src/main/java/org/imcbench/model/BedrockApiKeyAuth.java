package org.imcbench.model;

import java.util.List;
import java.util.Objects;
import okhttp3.Request;

/**
 * A Bedrock API key (what the AWS SDKs read from {@code AWS_BEARER_TOKEN_BEDROCK}), sent as
 * {@code Authorization: Bearer <key>}. Short-term keys work only in the region that issued them.
 */
final class BedrockApiKeyAuth implements BedrockAuth {
    private final String apiKey;

    /** Authorization with the given key. */
    BedrockApiKeyAuth(String apiKey) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    }

    @Override
    public Request authorize(Request request) {
        return request.newBuilder().header("Authorization", "Bearer " + apiKey).build();
    }

    @Override
    public List<String> secrets() {
        return List.of(apiKey);
    }

    @Override
    public String kind() {
        return "API key";
    }
}
