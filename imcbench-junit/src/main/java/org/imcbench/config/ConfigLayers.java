package org.imcbench.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one precedence of settings, shared by every JUnit adapter (the {@code imcbench} engine and
 * the Jupiter extension), highest first: system properties ({@code -Dimcbench.model=...}), the
 * settings of the annotated test class ({@code @ImcBenchSuite} or {@code @ImcBenchTest}), the
 * settings of the case folder's suite file, JUnit
 * configuration parameters ({@code junit-platform.properties}, launcher), then the defaults.
 * JUnit-free: the adapters pass their configuration parameters as a lookup function.
 */
public final class ConfigLayers {
    private ConfigLayers() {
    }

    /**
     * The configuration of a test class.
     *
     * @param configurationParameters looks up JUnit configuration parameters
     * @param annotationOrigin names the annotation in messages, e.g. {@code @ImcBenchSuite of com.acme.GateTest}
     * @param annotationSettings the settings the annotation gives
     */
    public static ImcBenchConfig of(Function<String, Optional<String>> configurationParameters,
            String annotationOrigin, Map<String, String> annotationSettings) {
        return of(configurationParameters, Set.of(), annotationOrigin, annotationSettings, "", Map.of());
    }

    /**
     * The configuration of a test class whose cases come with a suite file: the suite file's
     * settings rank below the annotation's and above JUnit configuration parameters.
     *
     * @param configurationParameters looks up JUnit configuration parameters
     * @param configurationParameterKeys the keys of the JUnit configuration parameters
     *     ({@link ImcBenchConfig#keys(String)} lists them)
     * @param annotationOrigin names the annotation in messages
     * @param annotationSettings the settings the annotation gives
     * @param suiteFileOrigin names the suite file in messages, e.g. {@code suite file starter-core.suite.json}
     * @param suiteFileSettings the settings the suite file gives
     */
    public static ImcBenchConfig of(Function<String, Optional<String>> configurationParameters,
            Set<String> configurationParameterKeys, String annotationOrigin, Map<String, String> annotationSettings,
            String suiteFileOrigin, Map<String, String> suiteFileSettings) {
        return ImcBenchConfig.of(List.of(
                ConfigSource.systemProperties(),
                ConfigSource.of(annotationOrigin, annotationSettings),
                ConfigSource.of(suiteFileOrigin, suiteFileSettings),
                ConfigSource.of("JUnit configuration parameters", configurationParameters,
                        () -> configurationParameterKeys)));
    }

    /**
     * Parses the {@code imcbench.<key>=<value>} entries of an annotation's {@code config} attribute.
     *
     * @param entries the entries
     * @param origin names the attribute in messages, e.g. {@code @ImcBenchSuite(config) of com.acme.GateTest}
     * @throws ConfigException for an entry that is not of that form
     */
    public static Map<String, String> parseEntries(String[] entries, String origin) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            String key = equals < 0 ? entry.strip() : entry.substring(0, equals).strip();
            if (equals < 0 || !key.startsWith("imcbench.")) {
                throw new ConfigException(origin + ": '" + entry + "' is not of the form imcbench.<key>=<value>");
            }
            settings.put(key, entry.substring(equals + 1).strip());
        }
        return settings;
    }
}
