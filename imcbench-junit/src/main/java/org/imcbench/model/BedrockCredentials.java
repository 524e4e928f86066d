package org.imcbench.model;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds a Bedrock model's region and authorization in the environment, the way the AWS SDKs do for
 * these variables (no profile files, no instance metadata):
 * <ol>
 *   <li>a variable named in configuration ({@code imcbench.<role>.api-key-env}) holds a Bedrock API key;</li>
 *   <li>else {@value #API_KEY_VARIABLE} holds one;</li>
 *   <li>else {@value #ACCESS_KEY_VARIABLE} and {@value #SECRET_KEY_VARIABLE} (plus
 *       {@value #SESSION_TOKEN_VARIABLE} for temporary credentials) sign each request with SigV4.</li>
 * </ol>
 * The region is the spec's ({@code bedrock:<region>/<model id>}), else {@value #REGION_VARIABLE},
 * else {@value #DEFAULT_REGION_VARIABLE}. Error messages name the variables, never a value.
 */
final class BedrockCredentials {
    /** The Bedrock API key variable the AWS SDKs read. */
    static final String API_KEY_VARIABLE = "AWS_BEARER_TOKEN_BEDROCK";
    /** The access key id variable. */
    static final String ACCESS_KEY_VARIABLE = "AWS_ACCESS_KEY_ID";
    /** The secret key variable. */
    static final String SECRET_KEY_VARIABLE = "AWS_SECRET_ACCESS_KEY";
    /** The session token variable of temporary credentials. */
    static final String SESSION_TOKEN_VARIABLE = "AWS_SESSION_TOKEN";
    /** The region variable. */
    static final String REGION_VARIABLE = "AWS_REGION";
    /** The fallback region variable. */
    static final String DEFAULT_REGION_VARIABLE = "AWS_DEFAULT_REGION";

    private final Function<String, Optional<String>> environment;

    /**
     * Creates the lookup.
     *
     * @param environment a variable's non-blank value, if set
     */
    BedrockCredentials(Function<String, Optional<String>> environment) {
        this.environment = environment;
    }

    /**
     * The region of a spec.
     *
     * @throws IllegalArgumentException if neither the spec nor the environment names one
     */
    String region(ModelSpec spec) {
        if (!spec.region().isEmpty()) {
            return spec.region();
        }
        return environment.apply(REGION_VARIABLE).or(() -> environment.apply(DEFAULT_REGION_VARIABLE))
                .orElseThrow(() -> new IllegalArgumentException("bedrock model '" + spec.model()
                        + "' needs a region: write bedrock:<region>/<model id> or set " + REGION_VARIABLE
                        + " (or " + DEFAULT_REGION_VARIABLE + ")"));
    }

    /**
     * The authorization for a region.
     *
     * @param namedVariable a variable named in configuration that must hold a Bedrock API key
     * @param region the region SigV4 signs for
     * @param clock the SigV4 signing clock
     * @throws IllegalArgumentException if the named variable is unset, or no credentials are set
     */
    BedrockAuth auth(Optional<String> namedVariable, String region, Clock clock) {
        if (namedVariable.isPresent()) {
            String variable = namedVariable.get();
            return new BedrockApiKeyAuth(environment.apply(variable).orElseThrow(
                    () -> new IllegalArgumentException("the API key variable " + variable + " is not set")));
        }
        Optional<String> apiKey = environment.apply(API_KEY_VARIABLE);
        if (apiKey.isPresent()) {
            return new BedrockApiKeyAuth(apiKey.get());
        }
        Optional<String> accessKey = environment.apply(ACCESS_KEY_VARIABLE);
        Optional<String> secretKey = environment.apply(SECRET_KEY_VARIABLE);
        if (accessKey.isPresent() && secretKey.isPresent()) {
            return new SigV4Auth(accessKey.get(), secretKey.get(), environment.apply(SESSION_TOKEN_VARIABLE), region,
                    clock);
        }
        throw new IllegalArgumentException("no Bedrock credentials: set " + API_KEY_VARIABLE + ", or "
                + ACCESS_KEY_VARIABLE + " and " + SECRET_KEY_VARIABLE + " (plus " + SESSION_TOKEN_VARIABLE
                + " for temporary credentials)");
    }
}
