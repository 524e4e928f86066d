package org.imcbench.model;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.imcbench.model.demo.DemoBehaviours;
import org.imcbench.model.demo.DemoServer;

/**
 * The registry of model providers: one entry per provider, and the only place that knows a
 * provider's name. An entry says how its model names are written ({@code <name>:<model>}), where
 * its API is by default, which environment variables hold its key, how its {@link ChatProtocol} is
 * made and which model families (for the jury's same-family warning) its model names belong to.
 *
 * <p>Adding a provider takes this entry, its protocol class and its row in {@code docs/providers.md}
 * (a test checks that table against this registry).
 */
public enum Provider {
    /** The built-in simulated clinician and patient, served by an in-process OpenAI-compatible server. */
    DEMO("demo", "demo:<careful|careless|oracle|patient>", SpecSyntax.PLAIN, "", List.of(), List.of(), Provider::demo),
    /** OpenAI's own chat completions API. */
    OPENAI("openai", "openai:<model>", SpecSyntax.PLAIN, "https://api.openai.com/v1", List.of("OPENAI_API_KEY"),
            List.of(new Family("openai-gpt", "(gpt-|o[134]).*")),
            (spec, keys) -> new OpenAiChatProtocol(spec.baseUrl(), spec.model(), Optional.of(keys.required()))),
    /** Any OpenAI-compatible server at a given base URL (vLLM, llama.cpp, LM Studio, SGLang, OpenRouter...). */
    OPENAI_COMPATIBLE("openai-compatible", "openai-compatible:<http(s) base URL>#<model>", SpecSyntax.BASE_AND_MODEL,
            "", List.of(), List.of(new Family("openai-gpt", "gpt-.*"), new Family("google-gemini", "gemini-.*"),
                    new Family("meta-llama", "(meta-)?llama.*"), new Family("qwen", "qwen.*")),
            (spec, keys) -> new OpenAiChatProtocol(spec.baseUrl(), spec.model(), keys.optional())),
    /** A local Ollama server's OpenAI-compatible API. */
    OLLAMA("ollama", "ollama:<model>", SpecSyntax.PLAIN, "http://localhost:11434/v1", List.of(),
            List.of(new Family("meta-llama", "(llama|llava).*"), new Family("qwen", "qwen.*")),
            (spec, keys) -> new OpenAiChatProtocol(spec.baseUrl(), spec.model(), keys.optional())),
    /** Anthropic's Messages API. */
    ANTHROPIC("anthropic", "anthropic:<model>", SpecSyntax.PLAIN, "https://api.anthropic.com",
            List.of("ANTHROPIC_API_KEY"), List.of(new Family("anthropic-claude", "claude-.*")),
            (spec, keys) -> new AnthropicMessagesProtocol(spec.baseUrl(), spec.model(), keys.required())),
    /** Google Gemini's generateContent API. */
    GEMINI("gemini", "gemini:<model>", SpecSyntax.PLAIN, "https://generativelanguage.googleapis.com",
            List.of("GEMINI_API_KEY"), List.of(new Family("google-gemini", ".*")),
            (spec, keys) -> new GeminiProtocol(spec.baseUrl(), spec.model(), keys.required())),
    /**
     * Amazon Bedrock's Converse API; the region is in the spec or in the environment, the credentials
     * are found by {@link BedrockCredentials}.
     */
    BEDROCK("bedrock", "bedrock:[<region>/]<model id>", SpecSyntax.REGION_AND_MODEL,
            "https://bedrock-runtime.{region}.amazonaws.com",
            List.of(BedrockCredentials.API_KEY_VARIABLE, BedrockCredentials.ACCESS_KEY_VARIABLE,
                    BedrockCredentials.SECRET_KEY_VARIABLE, BedrockCredentials.SESSION_TOKEN_VARIABLE,
                    BedrockCredentials.REGION_VARIABLE, BedrockCredentials.DEFAULT_REGION_VARIABLE),
            List.of(new Family("anthropic-claude", Family.BEDROCK_VENDOR + "anthropic\\..*"),
                    new Family("amazon-nova", Family.BEDROCK_VENDOR + "amazon\\..*"),
                    new Family("meta-llama", Family.BEDROCK_VENDOR + "meta\\..*")),
            Provider::bedrock);

    private final String scheme;
    private final String form;
    private final SpecSyntax syntax;
    private final String defaultBaseUrl;
    private final List<String> keyVariables;
    private final List<Family> families;
    private final ProtocolFactory protocols;

    Provider(String scheme, String form, SpecSyntax syntax, String defaultBaseUrl, List<String> keyVariables,
            List<Family> families, ProtocolFactory protocols) {
        this.scheme = scheme;
        this.form = form;
        this.syntax = syntax;
        this.defaultBaseUrl = defaultBaseUrl;
        this.keyVariables = keyVariables;
        this.families = families;
        this.protocols = protocols;
    }

    /** The name in model specs before the first {@code :}, e.g. {@code anthropic}. */
    public String scheme() {
        return scheme;
    }

    /** How a model of this provider is written, e.g. {@code bedrock:[<region>/]<model id>}. */
    public String form() {
        return form;
    }

    /**
     * The API base URL when the spec names none, e.g. {@code https://api.anthropic.com}; Bedrock's has
     * a {@code {region}} placeholder; empty for {@code demo} (its port is picked at run time) and
     * {@code openai-compatible} (the spec names the base).
     */
    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /**
     * The environment variables read for this provider's credentials when configuration names none
     * (the first is the key variable); empty for providers that need no key.
     */
    public List<String> keyVariables() {
        return keyVariables;
    }

    /** The model families its model names can belong to, e.g. {@code anthropic-claude}. */
    public List<String> families() {
        return families.stream().map(Family::name).distinct().toList();
    }

    /** Every spec form, for error messages, e.g. {@code demo:<careful|careless|oracle|patient>, openai:<model>, ...}. */
    static String forms() {
        return Arrays.stream(values()).map(Provider::form).collect(Collectors.joining(", "));
    }

    /** The provider with a scheme, if there is one. */
    public static Optional<Provider> of(String scheme) {
        return Arrays.stream(values()).filter(provider -> provider.scheme.equals(scheme)).findFirst();
    }

    /**
     * The model family of a model name, e.g. {@code anthropic-claude} for {@code anthropic:claude-opus-4-6}
     * and {@code bedrock:us.anthropic.claude-sonnet-4-v1:0}; empty for a name of no known family, of
     * an unknown provider, or that is no model spec at all (e.g. {@code checklist}). Case is ignored.
     */
    public static Optional<String> familyOf(String modelName) {
        String name = modelName.strip().toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String rest = name.substring(colon + 1);
        return of(name.substring(0, colon)).flatMap(provider -> {
            String model = provider.syntax.modelPart(rest);
            return provider.families.stream().filter(family -> family.pattern.matcher(model).matches())
                    .map(Family::name).findFirst();
        });
    }

    ModelSpec read(String spec, String rest) {
        return syntax.read(this, spec, rest);
    }

    String write(ModelSpec spec) {
        return syntax.write(spec);
    }

    /** The base URL in a region, for a {@code {region}} placeholder in {@link #defaultBaseUrl()}. */
    String baseUrlIn(String region) {
        return defaultBaseUrl.replace("{region}", region);
    }

    ChatProtocol protocol(ModelSpec spec, ProviderKeys keys) {
        return protocols.create(spec, keys);
    }

    private static ChatProtocol demo(ModelSpec spec, ProviderKeys keys) {
        if (!DemoBehaviours.names().contains(spec.model())) {
            throw new IllegalArgumentException("unknown demo behaviour '" + spec.model() + "'; known: "
                    + String.join(", ", DemoBehaviours.names()));
        }
        return new OpenAiChatProtocol(DemoServer.shared().baseUrl(), spec.model(), Optional.empty());
    }

    private static ChatProtocol bedrock(ModelSpec spec, ProviderKeys keys) {
        BedrockCredentials credentials = new BedrockCredentials(keys::value);
        String region = credentials.region(spec);
        return new BedrockConverseProtocol(BEDROCK.baseUrlIn(region), spec.model(),
                credentials.auth(keys.named(), region, Clock.systemUTC()));
    }

    /** Makes a provider's protocol for a parsed spec. */
    @FunctionalInterface
    interface ProtocolFactory {
        /**
         * The protocol of a spec.
         *
         * @throws IllegalArgumentException if the credentials it needs are not set
         */
        ChatProtocol create(ModelSpec spec, ProviderKeys keys);
    }

    /** A model family and the (lower-case) model names of this provider that belong to it. */
    private record Family(String name, Pattern pattern) {
        /** A Bedrock model id's optional ARN-or-path prefix and geography prefix ({@code us.}). */
        static final String BEDROCK_VENDOR = "(.*/)?([a-z]+\\.)?";

        Family(String name, String regex) {
            this(name, Pattern.compile(regex));
        }
    }
}
