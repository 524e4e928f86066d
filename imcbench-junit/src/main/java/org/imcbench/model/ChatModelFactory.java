package org.imcbench.model;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.imcbench.model.demo.DemoBehaviours;
import org.imcbench.model.demo.DemoServer;

/**
 * Creates {@link ChatModel}s from spec strings (see {@link ModelSpec}). Every model uses the
 * factory's OkHttp client, by default the JVM-wide client of an {@link HttpPolicy}. API keys are read
 * from environment variables by name: the one named in configuration, else the provider's
 * conventional one ({@value #OPENAI_KEY_VARIABLE}, {@value #ANTHROPIC_KEY_VARIABLE},
 * {@value #GEMINI_KEY_VARIABLE}; Bedrock: see {@link BedrockCredentials}). Error messages name the
 * variable, never its value.
 */
public final class ChatModelFactory {
    /** The variable OpenAI's key is read from unless another is named. */
    public static final String OPENAI_KEY_VARIABLE = "OPENAI_API_KEY";
    /** The variable Anthropic's key is read from unless another is named. */
    public static final String ANTHROPIC_KEY_VARIABLE = "ANTHROPIC_API_KEY";
    /** The variable Gemini's key is read from unless another is named. */
    public static final String GEMINI_KEY_VARIABLE = "GEMINI_API_KEY";

    private final OkHttpClient client;
    private final Function<String, String> environment;

    /**
     * Creates the factory.
     *
     * @param policy the HTTP policy of every model created
     * @param environment looks up environment variables, e.g. {@code System::getenv}
     */
    public ChatModelFactory(HttpPolicy policy, Function<String, String> environment) {
        this(HttpClients.shared(Objects.requireNonNull(policy, "policy")), environment);
    }

    /**
     * Creates a factory whose models use the given client, e.g. the shared client of a policy with
     * extra interceptors.
     *
     * @param client the HTTP client of every model created; it must apply the retry policy
     * @param environment looks up environment variables, e.g. {@code System::getenv}
     */
    public ChatModelFactory(OkHttpClient client, Function<String, String> environment) {
        this.client = Objects.requireNonNull(client, "client");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * Creates the model of a spec.
     *
     * @param spec e.g. {@code demo:careful}, {@code openai:gpt-4.1}, {@code anthropic:claude-opus-4-6}
     * @param apiKeyEnvVar the variable holding the API key; by default the provider's conventional
     *     variable, and none for {@code openai-compatible:} and {@code ollama:}
     * @throws IllegalArgumentException if the spec is invalid, the demo behaviour unknown, the key
     *     variable is unset or empty, or a Bedrock model has no region or credentials
     */
    public ChatModel create(String spec, Optional<String> apiKeyEnvVar) {
        ModelSpec parsed = ModelSpec.parse(spec);
        Optional<String> named = apiKeyEnvVar.filter(name -> !name.isBlank());
        ChatProtocol protocol = switch (parsed.provider()) {
            case ModelSpec.DEMO -> demo(parsed);
            case ModelSpec.OPENAI -> new OpenAiChatProtocol(parsed.baseUrl(), parsed.model(),
                    Optional.of(key(named.orElse(OPENAI_KEY_VARIABLE))));
            case ModelSpec.ANTHROPIC -> new AnthropicMessagesProtocol(parsed.baseUrl(), parsed.model(),
                    key(named.orElse(ANTHROPIC_KEY_VARIABLE)));
            case ModelSpec.GEMINI -> new GeminiProtocol(parsed.baseUrl(), parsed.model(),
                    key(named.orElse(GEMINI_KEY_VARIABLE)));
            case ModelSpec.BEDROCK -> bedrock(parsed, named);
            default -> new OpenAiChatProtocol(parsed.baseUrl(), parsed.model(), named.map(this::key));
        };
        return new HttpChatModel(parsed.toString(), protocol, client);
    }

    private static ChatProtocol demo(ModelSpec spec) {
        if (!DemoBehaviours.names().contains(spec.model())) {
            throw new IllegalArgumentException("unknown demo behaviour '" + spec.model() + "'; known: "
                    + String.join(", ", DemoBehaviours.names()));
        }
        return new OpenAiChatProtocol(DemoServer.shared().baseUrl(), spec.model(), Optional.empty());
    }

    private ChatProtocol bedrock(ModelSpec spec, Optional<String> named) {
        BedrockCredentials credentials = new BedrockCredentials(this::value);
        String region = credentials.region(spec);
        return new BedrockConverseProtocol(BedrockConverseProtocol.baseUrl(region), spec.model(),
                credentials.auth(named, region, Clock.systemUTC()));
    }

    private String key(String variable) {
        return value(variable).orElseThrow(
                () -> new IllegalArgumentException("the API key variable " + variable + " is not set"));
    }

    private Optional<String> value(String variable) {
        return Optional.ofNullable(environment.apply(variable)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
