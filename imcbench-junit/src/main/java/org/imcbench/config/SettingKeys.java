package org.imcbench.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that every {@code imcbench.*} key a configuration's layers set is a setting of {@link Settings}
 * (the table of {@code docs/configuration.md}), so that a misspelt key stops the suite instead of being
 * ignored. A key that is no setting is named with the layer it came from and the nearest setting.
 * Layers that cannot list their keys (a Jupiter extension's configuration parameters) are not checked.
 */
public final class SettingKeys {
    private static final String PREFIX = "imcbench.";

    private SettingKeys() {
    }

    /**
     * Checks a configuration's keys.
     *
     * @throws ConfigException naming every key that is no setting, e.g. {@code configuration 'imcbench.modle'
     *     (from system properties) is not an IMCBench setting; did you mean 'imcbench.model'?}
     */
    public static void check(ImcBenchConfig config) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> key : config.keys(PREFIX).entrySet()) {
            if (Settings.ALL.stream().noneMatch(setting -> setting.match(key.getKey()).isPresent())) {
                problems.add("configuration '" + key.getKey() + "' (from " + key.getValue()
                        + ") is not an IMCBench setting" + nearest(key.getKey())
                                .map(near -> "; did you mean '" + near + "'?").orElse("")
                        + " (every setting: docs/configuration.md)");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("\n", problems));
        }
    }

    /** The setting key closest to {@code key} by edit distance, if it is close enough to be a typo. */
    static Optional<String> nearest(String key) {
        return Settings.ALL.stream().map(Setting::key)
                .min(Comparator.comparingInt(candidate -> distance(key, filled(candidate, key))))
                .filter(candidate -> distance(key, filled(candidate, key)) <= Math.max(2, key.length() / 5));
    }

    /**
     * A setting key with its placeholders filled from {@code key}'s segments at the same places, so that
     * {@code imcbench.treshold.safety} is compared with {@code imcbench.threshold.safety}.
     */
    private static String filled(String template, String key) {
        String[] templateSegments = template.split("\\.");
        String[] keySegments = key.split("\\.");
        if (templateSegments.length != keySegments.length) {
            return template;
        }
        for (int i = 0; i < templateSegments.length; i++) {
            if (templateSegments[i].startsWith("<")) {
                templateSegments[i] = keySegments[i];
            }
        }
        return String.join(".", templateSegments);
    }

    /** The Levenshtein distance of two strings. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
