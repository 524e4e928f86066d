package org.imcbench.model;

import java.util.Objects;

/**
 * Which model to use, parsed from a spec string:
 * <ul>
 *   <li>{@code demo:<behaviour>}, e.g. {@code demo:careful}: the built-in simulated clinician or
 *       patient ({@link #baseUrl()} is empty: the demo server picks its port at run time);</li>
 *   <li>{@code openai:<model>}, e.g. {@code openai:gpt-4.1}: base {@code https://api.openai.com/v1};</li>
 *   <li>{@code openai-compatible:<baseUrl>#<model>}, e.g.
 *       {@code openai-compatible:http://localhost:8000/v1#Qwen2.5-VL-7B-Instruct};</li>
 *   <li>{@code ollama:<model>}, e.g. {@code ollama:llava}: base {@code http://localhost:11434/v1}.</li>
 * </ul>
 *
 * @param provider {@code demo}, {@code openai}, {@code openai-compatible} or {@code ollama}
 * @param model the model name sent to the server
 * @param baseUrl the API base URL, empty for {@code demo}
 */
public record ModelSpec(String provider, String model, String baseUrl) {
    /** The demo provider. */
    public static final String DEMO = "demo";
    /** OpenAI's own API. */
    public static final String OPENAI = "openai";
    /** Any OpenAI-compatible server at a given base URL. */
    public static final String OPENAI_COMPATIBLE = "openai-compatible";
    /** A local Ollama server. */
    public static final String OLLAMA = "ollama";

    /** The base URL of OpenAI's API. */
    public static final String OPENAI_BASE_URL = "https://api.openai.com/v1";
    /** The base URL of a local Ollama server's OpenAI-compatible API. */
    public static final String OLLAMA_BASE_URL = "http://localhost:11434/v1";

    private static final String FORMS = "accepted forms: demo:<careful|careless|patient>, openai:<model>, "
            + "openai-compatible:<http(s) base URL>#<model>, ollama:<model>";

    /** Checks that every component is present. */
    public ModelSpec {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /**
     * Parses a spec string.
     *
     * @throws IllegalArgumentException if the provider is unknown or the spec is malformed; the
     *     message lists the accepted forms
     */
    public static ModelSpec parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty model spec; " + FORMS);
        }
        String text = spec.strip();
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw invalid(text, "expected <provider>:<model>");
        }
        String provider = text.substring(0, colon);
        String rest = text.substring(colon + 1);
        switch (provider) {
            case DEMO:
                return new ModelSpec(DEMO, rest, "");
            case OPENAI:
                return new ModelSpec(OPENAI, rest, OPENAI_BASE_URL);
            case OLLAMA:
                return new ModelSpec(OLLAMA, rest, OLLAMA_BASE_URL);
            case OPENAI_COMPATIBLE:
                int hash = rest.lastIndexOf('#');
                if (hash <= 0 || hash == rest.length() - 1) {
                    throw invalid(text, "expected openai-compatible:<base URL>#<model>");
                }
                String base = rest.substring(0, hash);
                if (!base.startsWith("http://") && !base.startsWith("https://")) {
                    throw invalid(text, "the base URL must start with http:// or https://");
                }
                return new ModelSpec(OPENAI_COMPATIBLE, rest.substring(hash + 1), base);
            default:
                throw invalid(text, "unknown provider '" + provider + "'");
        }
    }

    private static IllegalArgumentException invalid(String spec, String why) {
        return new IllegalArgumentException("invalid model spec '" + SecretRedactor.patternsOnly().redact(spec)
                + "': " + why + "; " + FORMS);
    }

    /** The spec string this was parsed from (in canonical form). */
    @Override
    public String toString() {
        return OPENAI_COMPATIBLE.equals(provider) ? provider + ":" + baseUrl + "#" + model : provider + ":" + model;
    }
}
