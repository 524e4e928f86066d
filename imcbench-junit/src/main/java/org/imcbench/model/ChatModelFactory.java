package org.imcbench.model;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.imcbench.model.demo.DemoBehaviours;
import org.imcbench.model.demo.DemoServer;

/**
 * Creates {@link ChatModel}s from spec strings (see {@link ModelSpec}). Every model uses the
 * factory's OkHttp client, by default the JVM-wide client of an {@link HttpPolicy}. API keys are read from environment
 * variables by name; error messages name the variable, never its value.
 */
public final class ChatModelFactory {
    /** The variable OpenAI's key is read from unless another is named. */
    public static final String OPENAI_KEY_VARIABLE = "OPENAI_API_KEY";

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
     * @param spec e.g. {@code demo:careful}, {@code openai:gpt-4.1}
     * @param apiKeyEnvVar the variable holding the API key; by default {@value #OPENAI_KEY_VARIABLE}
     *     for {@code openai:} and none for the other providers
     * @throws IllegalArgumentException if the spec is invalid, the demo behaviour unknown, or the key
     *     variable is unset or empty
     */
    public ChatModel create(String spec, Optional<String> apiKeyEnvVar) {
        ModelSpec parsed = ModelSpec.parse(spec);
        if (ModelSpec.DEMO.equals(parsed.provider())) {
            if (!DemoBehaviours.names().contains(parsed.model())) {
                throw new IllegalArgumentException("unknown demo behaviour '" + parsed.model() + "'; known: "
                        + String.join(", ", DemoBehaviours.names()));
            }
            return new OpenAiCompatibleChatModel(parsed.toString(), DemoServer.shared().baseUrl(), parsed.model(),
                    Optional.empty(), client);
        }
        Optional<String> variable = apiKeyEnvVar.filter(name -> !name.isBlank())
                .or(() -> ModelSpec.OPENAI.equals(parsed.provider()) ? Optional.of(OPENAI_KEY_VARIABLE)
                        : Optional.empty());
        Optional<String> key = variable.map(this::key);
        return new OpenAiCompatibleChatModel(parsed.toString(), parsed.baseUrl(), parsed.model(), key, client);
    }

    private String key(String variable) {
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the API key variable " + variable + " is not set");
        }
        return value.strip();
    }
}
