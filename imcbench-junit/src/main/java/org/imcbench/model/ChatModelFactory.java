package org.imcbench.model;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Creates {@link ChatModel}s from spec strings (see {@link ModelSpec}), each with its
 * {@link Provider}'s protocol. Every model uses the factory's OkHttp client for its API's base URL, by default
 * the JVM-wide client of an {@link HttpPolicy} for that URL ({@link HttpClients#shared(HttpPolicy, HttpUrl)}).
 * API keys are read from environment variables by name: the one named in configuration, else the provider's
 * conventional one ({@link Provider#keyVariables()}; Bedrock: see {@link BedrockCredentials}). Error messages
 * name the variable, never its value.
 */
public final class ChatModelFactory {
    private final Function<HttpUrl, OkHttpClient> clients;
    private final Function<String, String> environment;

    /**
     * Creates the factory.
     *
     * @param policy the HTTP policy of every model created
     * @param environment looks up environment variables, e.g. {@code System::getenv}
     */
    public ChatModelFactory(HttpPolicy policy, Function<String, String> environment) {
        this(clientsOf(Objects.requireNonNull(policy, "policy")), environment);
    }

    /**
     * Creates a factory whose models use the given client, e.g. the shared client of a policy with
     * extra interceptors.
     *
     * @param client the HTTP client of every model created; it must apply the retry policy
     * @param environment looks up environment variables, e.g. {@code System::getenv}
     */
    public ChatModelFactory(OkHttpClient client, Function<String, String> environment) {
        this(sameClient(Objects.requireNonNull(client, "client")), environment);
    }

    /**
     * Creates a factory whose models use the client {@code clients} gives for their API's base URL, e.g. the
     * shared client of a policy for that URL with extra interceptors.
     *
     * @param clients the HTTP client for a base URL; every client must apply the retry policy
     * @param environment looks up environment variables, e.g. {@code System::getenv}
     */
    public ChatModelFactory(Function<HttpUrl, OkHttpClient> clients, Function<String, String> environment) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    private static Function<HttpUrl, OkHttpClient> clientsOf(HttpPolicy policy) {
        return base -> HttpClients.shared(policy, base);
    }

    private static Function<HttpUrl, OkHttpClient> sameClient(OkHttpClient client) {
        return base -> client;
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
        Provider provider = parsed.provider();
        ChatProtocol protocol = provider.protocol(parsed,
                new ProviderKeys(apiKeyEnvVar, provider.keyVariables(), environment));
        return new HttpChatModel(parsed.toString(), protocol, clients.apply(protocol.target().base()));
    }
}
