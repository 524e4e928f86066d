package org.imcbench.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern PLACEHOLDER = Pattern.compile("<([a-z]+)>");

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

    /**
     * The placeholder values of a concrete key of this setting's form: {@code
     * imcbench.gate.stratum.modality.ct.safety.min} of {@code imcbench.gate.stratum.<stratum>.<dimension>.min}
     * gives {@code stratum=modality.ct, dimension=safety}. A {@code <stratum>} may span dots, other
     * placeholders may not.
     *
     * @return the values by placeholder name, in key order (empty map for a key without placeholders);
     *     empty when the key is not of this form
     */
    public Optional<Map<String, String>> match(String concreteKey) {
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(key);
        int end = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(key.substring(end, placeholder.start())))
                    .append(placeholder.group(1).equals("stratum") ? "(.+)" : "([^.]+)");
            names.add(placeholder.group(1));
            end = placeholder.end();
        }
        regex.append(Pattern.quote(key.substring(end)));
        Matcher matcher = Pattern.compile(regex.toString()).matcher(concreteKey);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), matcher.group(i + 1));
        }
        return Optional.of(values);
    }

    /** This setting with its placeholders replaced by the given values, the inverse of {@link #match}. */
    public Setting<T> with(Map<String, String> values) {
        String concrete = key;
        for (Map.Entry<String, String> value : values.entrySet()) {
            concrete = concrete.replace("<" + value.getKey() + ">", value.getValue());
        }
        return new Setting<>(concrete, defaultValue, description, parser);
    }
}
