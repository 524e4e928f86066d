package org.imcbench.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.imcbench.cases.SuiteFile;
import org.imcbench.config.ConfigLayers;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Builds the layered configuration of a suite from the engine's configuration parameters, with
 * the precedence of {@link ConfigLayers}: system properties ({@code -Dimcbench.model=...}), the
 * suite's {@code @ImcBenchSuite} attributes, the rubric and thresholds of the case folder's suite file, JUnit
 * configuration parameters (launcher, {@code junit-platform.properties}), the documented defaults.
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
        suiteFile.ifPresent(file -> {
            if (!file.rubric().equals(SuiteFile.DEFAULT_RUBRIC)) {
                fromFile.put(Settings.RUBRIC.key(), file.rubric());
            }
            file.thresholds().forEach((dimension, minimum) ->
                    fromFile.put(Settings.THRESHOLD.forDimension(dimension).key(), String.valueOf(minimum)));
        });
        return ConfigLayers.of(parameters::get, parameters.keySet(), "@ImcBenchSuite of " + suiteName, suiteSettings,
                "suite file " + suiteFile.map(SuiteFile::sourceName).orElse(""), fromFile);
    }

    /** Parses {@code key=value} entries of {@link ImcBenchSuite#config()}. */
    static Map<String, String> parseEntries(String[] entries, String suiteName) {
        return ConfigLayers.parseEntries(entries, "@ImcBenchSuite(config) of " + suiteName);
    }
}
