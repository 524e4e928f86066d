package org.imcbench.run;

import java.util.Optional;
import okhttp3.OkHttpClient;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Setting;
import org.imcbench.config.Settings;
import org.imcbench.model.ChatModel;
import org.imcbench.model.ChatModelFactory;
import org.imcbench.model.HttpClients;
import org.imcbench.model.HttpPolicy;
import org.imcbench.model.ModelRole;
import org.imcbench.model.ModelSpec;
import org.imcbench.model.cache.CacheMode;
import org.imcbench.model.cache.CachingChatModel;
import org.imcbench.model.cache.ResponseCache;

/**
 * Creates the model of a role: the provider on the shared HTTP client of the policy plus the role's
 * per-endpoint limit ({@code imcbench.<role>.max-concurrency}), wrapped in the response cache
 * ({@code imcbench.cache.*}). The built-in demo models are not cached: they are local, free and
 * deterministic.
 */
final class RoleModels {
    private final ImcBenchConfig config;
    private final HttpPolicy policy;
    private final RunEnvironment environment;
    private final CacheMode cacheMode;
    private final ResponseCache cache;

    RoleModels(ImcBenchConfig config, HttpPolicy policy, RunEnvironment environment) {
        this.config = config;
        this.policy = policy;
        this.environment = environment;
        this.cacheMode = CacheMode.parse(config.get(Settings.CACHE_MODE));
        this.cache = new ResponseCache(config.get(Settings.CACHE_DIR));
    }

    /**
     * The model of a spec in a role.
     *
     * @throws IllegalArgumentException for a spec that cannot be used or a missing API key
     */
    ChatModel create(ModelRole role, String spec, Optional<String> apiKeyEnvVar) {
        OkHttpClient client = HttpClients.shared(policy).newBuilder()
                .addInterceptor(environment.throttles().interceptor(role, config.get(maxConcurrency(role)), policy))
                .build();
        ChatModel model = new ChatModelFactory(client, environment.variables()).create(spec, apiKeyEnvVar);
        boolean demo = ModelSpec.parse(spec).isDemo();
        return demo || cacheMode == CacheMode.OFF ? model : new CachingChatModel(model, cache, cacheMode);
    }

    private static Setting<Integer> maxConcurrency(ModelRole role) {
        return switch (role) {
            case MODEL -> Settings.MODEL_MAX_CONCURRENCY;
            case PATIENT -> Settings.PATIENT_MAX_CONCURRENCY;
            case JURY -> Settings.JURY_MAX_CONCURRENCY;
        };
    }
}
