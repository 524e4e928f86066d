package org.imcbench.config;

import java.util.Objects;
import java.util.function.Function;

/**
 * One documented configuration key: its name, default and meaning, and how its value is parsed.
 * Every key starts with {@code imcbench.}; all of them are listed in {@link Settings}.
 *
 * @param key the key, e.g. {@code imcbench.concurrency}; {@code <dimension>} stands for a rubric
 *     dimension in keys that exist once per dimension, {@code <stratum>} for a stratum of the
 *     suite statistics, {@code <variant>} for an ablation variant
 * @param defaultValue the default as text, or {@code null} when the setting is unset by default
 * @param description what the setting does, for the documentation table
 * @param parser turns a value into its typed form; throws {@link IllegalArgumentException} with a
 *     short reason on a bad value
 * @param <T> the typed value
 */
public record Setting<T>(String key, String defaultValue, String description, Function<String, T> parser) {

    /** Checks the key's form. */
    public Setting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parser, "parser");
        if (!key.startsWith("imcbench.")) {
            throw new IllegalArgumentException("configuration keys start with 'imcbench.': " + key);
        }
    }

    /** This setting for one rubric dimension: {@code <dimension>} in the key replaced by it. */
    public Setting<T> forDimension(String dimension) {
        return new Setting<>(key.replace("<dimension>", dimension), defaultValue, description, parser);
    }

    /** This setting for one ablation variant: {@code <variant>} in the key replaced by it. */
    public Setting<T> forVariant(String variant) {
        return new Setting<>(key.replace("<variant>", variant), defaultValue, description, parser);
    }

    /** This setting for one stratum: {@code <stratum>} in the key replaced by it. */
    public Setting<T> forStratum(String stratum) {
        return new Setting<>(key.replace("<stratum>", stratum), defaultValue, description, parser);
    }
}
