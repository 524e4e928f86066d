package org.imcbench.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which model to use, parsed from a spec string:
 * <ul>
 *   <li>{@code demo:<behaviour>}, e.g. {@code demo:careful}: the built-in simulated clinician or
 *       patient ({@link #baseUrl()} is empty: the demo server picks its port at run time);</li>
 *   <li>{@code openai:<model>}, e.g. {@code openai:gpt-4.1}: base {@code https://api.openai.com/v1};</li>
 *   <li>{@code openai-compatible:<baseUrl>#<model>}, e.g.
 *       {@code openai-compatible:http://localhost:8000/v1#Qwen2.5-VL-7B-Instruct};</li>
 *   <li>{@code ollama:<model>}, e.g. {@code ollama:llava}: base {@code http://localhost:11434/v1};</li>
 *   <li>{@code anthropic:<model>}, e.g. {@code anthropic:claude-opus-4-6}: base {@code https://api.anthropic.com};</li>
 *   <li>{@code gemini:<model>}, e.g. {@code gemini:gemini-2.5-pro}: base
 *       {@code https://generativelanguage.googleapis.com};</li>
 *   <li>{@code bedrock:[<region>/]<model id>}, e.g. {@code bedrock:us.amazon.nova-pro-v1:0} or
 *       {@code bedrock:eu-west-1/eu.amazon.nova-pro-v1:0}: base
 *       {@code https://bedrock-runtime.<region>.amazonaws.com}; without a region in the spec,
 *       {@link #baseUrl()} and {@link #region()} are empty and the region comes from the environment
 *       when the model is created.</li>
 * </ul>
 *
 * @param provider {@code demo}, {@code openai}, {@code openai-compatible}, {@code ollama},
 *     {@code anthropic}, {@code gemini} or {@code bedrock}
 * @param model the model name sent to the server
 * @param baseUrl the API base URL, empty for {@code demo} and for {@code bedrock} without a region
 * @param region the AWS region given in a {@code bedrock} spec, otherwise empty
 */
public record ModelSpec(String provider, String model, String baseUrl, String region) {
    /** The demo provider. */
    public static final String DEMO = "demo";
    /** OpenAI's own API. */
    public static final String OPENAI = "openai";
    /** Any OpenAI-compatible server at a given base URL. */
    public static final String OPENAI_COMPATIBLE = "openai-compatible";
    /** A local Ollama server. */
    public static final String OLLAMA = "ollama";
    /** Anthropic's Messages API. */
    public static final String ANTHROPIC = "anthropic";
    /** Google Gemini's generateContent API. */
    public static final String GEMINI = "gemini";
    /** Amazon Bedrock's Converse API. */
    public static final String BEDROCK = "bedrock";

    /** The base URL of OpenAI's API. */
    public static final String OPENAI_BASE_URL = "https://api.openai.com/v1";
    /** The base URL of a local Ollama server's OpenAI-compatible API. */
    public static final String OLLAMA_BASE_URL = "http://localhost:11434/v1";

    private static final String FORMS = "accepted forms: demo:<careful|careless|patient>, openai:<model>, "
            + "openai-compatible:<http(s) base URL>#<model>, ollama:<model>, anthropic:<model>, gemini:<model>, "
            + "bedrock:[<region>/]<model id>";
    private static final Pattern AWS_REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    /** Checks that every component is present. */
    public ModelSpec {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(region, "region");
    }

    /** A spec without a region (every provider but {@code bedrock} with a region). */
    public ModelSpec(String provider, String model, String baseUrl) {
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
            case ANTHROPIC:
                return new ModelSpec(ANTHROPIC, rest, AnthropicMessagesProtocol.BASE_URL);
            case GEMINI:
                return new ModelSpec(GEMINI, rest, GeminiProtocol.BASE_URL);
            case BEDROCK:
                return bedrock(text, rest);
            case OPENAI_COMPATIBLE:
                int hash = rest.lastIndexOf('#');
                if (hash <= 0 || hash == rest.length() - 1) {
                    throw invalid(text, "expected openai-compatible:<base URL>#<model>");
                }
                String base = rest.substring(0, hash);
                if (!base.startsWith("http://") && !base.startsWith("https://")) {
                    throw invalid(text, "the base URL must start with http:// or https://");
                }
                if (base.substring(base.indexOf("://") + 3).split("/", 2)[0].contains("@")) {
                    throw invalid(text, "credentials do not belong in the URL: secrets go in environment variables "
                            + "only (Surefire copies -D system properties into TEST-*.xml); name the environment "
                            + "variable that holds the key with imcbench.<role>.api-key-env");
                }
                return new ModelSpec(OPENAI_COMPATIBLE, rest.substring(hash + 1), base);
            default:
                throw invalid(text, "unknown provider '" + provider + "'");
        }
    }

    private static ModelSpec bedrock(String spec, String rest) {
        int slash = rest.indexOf('/');
        if (slash > 0 && AWS_REGION.matcher(rest.substring(0, slash)).matches()) {
            String region = rest.substring(0, slash);
            if (slash == rest.length() - 1) {
                throw invalid(spec, "expected bedrock:<region>/<model id>");
            }
            return new ModelSpec(BEDROCK, rest.substring(slash + 1), BedrockConverseProtocol.baseUrl(region), region);
        }
        return new ModelSpec(BEDROCK, rest, "", "");
    }

    private static IllegalArgumentException invalid(String spec, String why) {
        return new IllegalArgumentException("invalid model spec '" + SecretRedactor.patternsOnly().redact(spec)
                + "': " + why + "; " + FORMS);
    }

    /** Whether this is the built-in simulated provider ({@code demo:}). */
    public boolean isDemo() {
        return DEMO.equals(provider);
    }

    /** The spec string this was parsed from (in canonical form). */
    @Override
    public String toString() {
        if (OPENAI_COMPATIBLE.equals(provider)) {
            return provider + ":" + baseUrl + "#" + model;
        }
        return provider + ":" + (region.isEmpty() ? "" : region + "/") + model;
    }
}
