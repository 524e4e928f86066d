package org.imcbench.model;

import java.util.Objects;

/**
 * Which model to use, parsed from a spec string {@code <provider>:<rest>} whose provider is one of
 * the {@link Provider} registry's, e.g. {@code openai:gpt-4.1},
 * {@code openai-compatible:http://localhost:8000/v1#Qwen2.5-VL-7B-Instruct},
 * {@code bedrock:eu-west-1/eu.amazon.nova-pro-v1:0} or {@code demo:careful}. The forms and default
 * base URLs are the registry's; {@code docs/providers.md} lists them.
 *
 * @param provider the provider
 * @param model the model name sent to the server
 * @param baseUrl the API base URL, empty for {@code demo} (the demo server picks its port at run
 *     time) and for {@code bedrock} without a region
 * @param region the AWS region given in a {@code bedrock} spec, otherwise empty (the region then
 *     comes from the environment when the model is created)
 */
public record ModelSpec(Provider provider, String model, String baseUrl, String region) {

    /** Checks that every component is present. */
    public ModelSpec {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(region, "region");
    }

    /** A spec without a region (every provider but {@code bedrock} with a region). */
    public ModelSpec(Provider provider, String model, String baseUrl) {
        this(provider, model, baseUrl, "");
    }

    /**
     * Parses a spec string.
     *
     * @throws IllegalArgumentException if the provider is unknown or the spec is malformed; the
     *     message lists the accepted forms
     */
    public static ModelSpec parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty model spec; accepted forms: " + Provider.forms());
        }
        String text = spec.strip();
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw invalid(text, "expected <provider>:<model>");
        }
        String scheme = text.substring(0, colon);
        Provider provider = Provider.of(scheme)
                .orElseThrow(() -> invalid(text, "unknown provider '" + scheme + "'"));
        return provider.read(text, text.substring(colon + 1));
    }

    static IllegalArgumentException invalid(String spec, String why) {
        return new IllegalArgumentException("invalid model spec '" + SecretRedactor.patternsOnly().redact(spec)
                + "': " + why + "; accepted forms: " + Provider.forms());
    }

    /** Whether this is the built-in simulated provider ({@code demo:}). */
    public boolean isDemo() {
        return provider == Provider.DEMO;
    }

    /** The spec string this was parsed from (in canonical form). */
    @Override
    public String toString() {
        return provider.write(this);
    }
}
