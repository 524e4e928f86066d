package org.imcbench.run;

import java.util.Optional;
import okhttp3.Interceptor;
import org.imcbench.config.ConfigException;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Setting;
import org.imcbench.config.Settings;
import org.imcbench.model.ChatModel;
import org.imcbench.model.ChatModelFactory;
import org.imcbench.model.HttpClients;
import org.imcbench.model.HttpPolicy;
import org.imcbench.model.ModelRole;
import org.imcbench.model.ModelSpec;
import org.imcbench.model.SecretRedactor;
import org.imcbench.model.cache.CacheMode;
import org.imcbench.model.cache.CachingChatModel;
import org.imcbench.model.cache.ResponseCache;

/**
 * Creates the model of a role: the provider on the policy's shared HTTP client for its base URL plus the role's
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
     * @throws ConfigException for a spec that cannot be used or a missing API key, naming the setting, the
     *     layer it came from and the role that needs the model
     */
    ChatModel create(ModelRole role, String spec, Optional<String> apiKeyEnvVar) {
        Interceptor throttle = environment.throttles().interceptor(role, config.get(maxConcurrency(role)), policy);
        ChatModel model;
        try {
            model = new ChatModelFactory(base -> HttpClients.shared(policy, base).newBuilder().addInterceptor(throttle)
                    .build(), environment.variables()).create(spec, apiKeyEnvVar);
        } catch (IllegalArgumentException e) {
            Setting<?> setting = specSetting(role);
            throw new ConfigException("configuration '" + setting.key() + "' (from " + config.origin(setting)
                    + ") names '" + SecretRedactor.patternsOnly().redact(spec) + "' for " + roleName(role)
                    + ", which cannot be used: " + e.getMessage());
        }
        boolean demo = ModelSpec.parse(spec).isDemo();
        return demo || cacheMode == CacheMode.OFF ? model : new CachingChatModel(model, cache, cacheMode);
    }

    private static Setting<?> specSetting(ModelRole role) {
        return switch (role) {
            case MODEL -> Settings.MODEL;
            case PATIENT -> Settings.PATIENT_MODEL;
            case JURY -> Settings.JURY_JUDGES;
        };
    }

    private static String roleName(ModelRole role) {
        return switch (role) {
            case MODEL -> "the model under test";
            case PATIENT -> "the patient simulator";
            case JURY -> "a judge of the jury";
        };
    }

    private static Setting<Integer> maxConcurrency(ModelRole role) {
        return switch (role) {
            case MODEL -> Settings.MODEL_MAX_CONCURRENCY;
            case PATIENT -> Settings.PATIENT_MAX_CONCURRENCY;
            case JURY -> Settings.JURY_MAX_CONCURRENCY;
        };
    }
}
