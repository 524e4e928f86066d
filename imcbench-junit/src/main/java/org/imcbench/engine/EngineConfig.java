package org.imcbench.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imcbench.cases.SuiteFile;
import org.imcbench.config.ConfigException;
import org.imcbench.config.ConfigSource;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Builds the layered configuration of a suite. Precedence, highest first: system properties
 * ({@code -Dimcbench.model=...}), the suite's {@code @ImcBenchSuite} attributes, the thresholds of
 * the case folder's suite file, JUnit configuration parameters (launcher,
 * {@code junit-platform.properties}), the documented defaults.
 */
final class EngineConfig {
    private EngineConfig() {
    }

    /** The configuration of a run with no suite-level settings. */
    static ImcBenchConfig of(ConfigurationParameters parameters) {
        return of(parameters, Map.of(), "");
    }

    /** The configuration of a suite with the given suite-level settings. */
    static ImcBenchConfig of(ConfigurationParameters parameters, Map<String, String> suiteSettings, String suiteName) {
        return of(parameters, suiteSettings, suiteName, Optional.empty());
    }

    /** The configuration of a suite with the given suite-level settings and suite file. */
    static ImcBenchConfig of(ConfigurationParameters parameters, Map<String, String> suiteSettings, String suiteName,
            Optional<SuiteFile> suiteFile) {
        Map<String, String> fromFile = new LinkedHashMap<>();
        suiteFile.ifPresent(file -> file.thresholds().forEach((dimension, minimum) ->
                fromFile.put(Settings.THRESHOLD.forDimension(dimension).key(), String.valueOf(minimum))));
        return ImcBenchConfig.of(List.of(
                ConfigSource.systemProperties(),
                ConfigSource.of("@ImcBenchSuite of " + suiteName, suiteSettings),
                ConfigSource.of("suite file " + suiteFile.map(SuiteFile::sourceName).orElse(""), fromFile),
                ConfigSource.of("JUnit configuration parameters", parameters::get)));
    }

    /** Parses {@code key=value} entries of {@link ImcBenchSuite#config()}. */
    static Map<String, String> parseEntries(String[] entries, String suiteName) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            String key = equals < 0 ? entry.strip() : entry.substring(0, equals).strip();
            if (equals < 0 || !key.startsWith("imcbench.")) {
                throw new ConfigException("@ImcBenchSuite(config) of " + suiteName + ": '" + entry
                        + "' is not of the form imcbench.<key>=<value>");
            }
            settings.put(key, entry.substring(equals + 1).strip());
        }
        return settings;
    }
}
