package org.imcbench.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One layer of configuration, e.g. system properties or a suite's annotation. Layers are
 * combined by {@link ImcBenchConfig}, the first layer that has a key wins.
 */
public interface ConfigSource {

    /** The value of the key in this layer, if it has one. */
    Optional<String> get(String key);

    /** Where values come from, for error messages (e.g. {@code system properties}). */
    String description();

    /** The keys this layer sets; empty for a layer that cannot list its keys. */
    Set<String> keys();

    /** A layer over a lookup function that cannot list its keys. */
    static ConfigSource of(String description, Function<String, Optional<String>> lookup) {
        return of(description, lookup, Set::of);
    }

    /**
     * A layer over a lookup function and the keys it has.
     *
     * @param description where values come from
     * @param lookup the value of a key
     * @param keys the keys the lookup has a value for, read when asked
     */
    static ConfigSource of(String description, Function<String, Optional<String>> lookup, Supplier<Set<String>> keys) {
        return new ConfigSource() {
            @Override
            public Optional<String> get(String key) {
                return lookup.apply(key).map(String::strip);
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public Set<String> keys() {
                return Set.copyOf(keys.get());
            }
        };
    }

    /** A layer over a map of key-value pairs. */
    static ConfigSource of(String description, Map<String, String> values) {
        return of(description, key -> Optional.ofNullable(values.get(key)), values::keySet);
    }

    /** The JVM's system properties, read at lookup time. */
    static ConfigSource systemProperties() {
        return of("system properties", key -> Optional.ofNullable(System.getProperty(key)),
                () -> System.getProperties().stringPropertyNames());
    }
}
