package org.imcbench.config;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The typed view of all settings: layers of {@link ConfigSource}, first layer wins, then the
 * setting's default. The engine builds it with system properties first, then the suite's
 * {@code @ImcBenchSuite} attributes, then JUnit configuration parameters.
 */
public final class ImcBenchConfig {
    private final List<ConfigSource> layers;

    private ImcBenchConfig(List<ConfigSource> layers) {
        this.layers = List.copyOf(layers);
    }

    /** A configuration over the given layers, highest precedence first. */
    public static ImcBenchConfig of(List<ConfigSource> layers) {
        return new ImcBenchConfig(layers);
    }

    /** The value of a setting that has a default (or fails naming the key when it has none). */
    public <T> T get(Setting<T> setting) {
        return find(setting).orElseThrow(() -> new ConfigException(
                "missing configuration '" + setting.key() + "': " + setting.description()));
    }

    /** The value of a setting, or empty when neither a layer nor the default gives one. */
    public <T> Optional<T> find(Setting<T> setting) {
        for (ConfigSource layer : layers) {
            Optional<String> value = layer.get(setting.key());
            if (value.isPresent()) {
                return Optional.of(parse(setting, value.get(), layer.description()));
            }
        }
        return Optional.ofNullable(setting.defaultValue()).map(value -> parse(setting, value, "default"));
    }

    /** Where a setting's value comes from: the description of the layer that gives it, or {@code default}. */
    public String origin(Setting<?> setting) {
        return layers.stream().filter(layer -> layer.get(setting.key()).isPresent()).findFirst()
                .map(ConfigSource::description).orElse("default");
    }

    /**
     * The keys starting with {@code prefix} that a layer sets (layers that cannot list their keys
     * add none), sorted, each with the description of the layer whose value wins, e.g.
     * {@code imcbench.gate.suite.safety.min → @ImcBenchSuite of com.acme.GateTest}.
     */
    public SortedMap<String, String> keys(String prefix) {
        SortedMap<String, String> keys = new TreeMap<>();
        for (ConfigSource layer : layers) {
            layer.keys().stream().filter(key -> key.startsWith(prefix))
                    .forEach(key -> keys.putIfAbsent(key, layer.description()));
        }
        return keys;
    }

    /** The value of a per-dimension setting for the given dimension. */
    public <T> T get(Setting<T> setting, String dimension) {
        return get(setting.forDimension(dimension));
    }

    private static <T> T parse(Setting<T> setting, String value, String origin) {
        try {
            return setting.parser().apply(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("configuration '" + setting.key() + "' = '" + value + "' (from " + origin
                    + ") " + e.getMessage());
        }
    }
}
