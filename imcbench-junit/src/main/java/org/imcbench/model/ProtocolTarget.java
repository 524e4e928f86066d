package org.imcbench.model;

import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Where a {@link ChatProtocol} sends its calls: the provider's label, the API base and the model.
 * Parses the base once and names the target in error messages, the same way for every provider.
 *
 * @param provider the label in messages, a {@link Provider#scheme()}, e.g. {@code anthropic}
 * @param base the API base URL, without trailing slashes
 * @param model the model name or id sent
 */
record ProtocolTarget(String provider, HttpUrl base, String model) {

    /** Checks the components. */
    ProtocolTarget {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(model, "model");
    }

    /**
     * The target of a provider's base URL and model; every protocol of the OpenAI wire format is
     * labelled {@code openai-compatible}.
     *
     * @throws IllegalArgumentException if {@code baseUrl} is not an http(s) URL
     */
    static ProtocolTarget of(Provider provider, String baseUrl, String model) {
        return new ProtocolTarget(provider.scheme(), ChatProtocol.baseUrl(Objects.requireNonNull(baseUrl, "baseUrl")), model);
    }

    /** The base as text, without a trailing slash. */
    String baseUrl() {
        return base.toString().replaceAll("/+$", "");
    }

    /** What is called, for error messages, e.g. {@code anthropic model 'x' at https://api.anthropic.com}. */
    String subject() {
        return provider + " model '" + model + "' at " + baseUrl();
    }
}
