package org.imcbench.config;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One layer of configuration, e.g. system properties or a suite's annotation. Layers are
 * combined by {@link ImcBenchConfig}, the first layer that has a key wins.
 */
public interface ConfigSource {

    /** The value of the key in this layer, if it has one. */
    Optional<String> get(String key);

    /** Where values come from, for error messages (e.g. {@code system properties}). */
    String description();

    /** A layer over a lookup function. */
    static ConfigSource of(String description, Function<String, Optional<String>> lookup) {
        return new ConfigSource() {
            @Override
            public Optional<String> get(String key) {
                return lookup.apply(key).map(String::strip);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    /** A layer over a map of key-value pairs. */
    static ConfigSource of(String description, Map<String, String> values) {
        return of(description, key -> Optional.ofNullable(values.get(key)));
    }

    /** The JVM's system properties, read at lookup time. */
    static ConfigSource systemProperties() {
        return of("system properties", key -> Optional.ofNullable(System.getProperty(key)));
    }
}
