package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Files;
import java.nio.file.Path;
import org.imcbench.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A configuration mistake stops its suite before any model call, as one failing test saying what is
 * wrong and where it came from: a misspelt key, a threshold of a dimension the rubric does not have, a
 * bad value, a bad run-wide setting.
 */
class ConfigurationErrorsEngineTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            imcbench.modle          | openai:gpt-4.1 | configuration 'imcbench.modle' (from JUnit configuration parameters) is not an IMCBench setting; did you mean 'imcbench.model'? (every setting: docs/configuration.md)
            imcbench.treshold.safety | 4             | configuration 'imcbench.treshold.safety' (from JUnit configuration parameters) is not an IMCBench setting; did you mean 'imcbench.threshold.<dimension>'? (every setting: docs/configuration.md)
            imcbench.threshold.safty | 4             | configuration 'imcbench.threshold.safty' (from JUnit configuration parameters) names dimension 'safty', which rubric 'imcbench' does not have; use one of safety, accuracy, uncertainty
            imcbench.threshold.safety | 7            | configuration 'imcbench.threshold.safety' = '7' (from JUnit configuration parameters) must be a score between 1 and 5
            imcbench.cases.max-bytes | lots          | configuration 'imcbench.cases.max-bytes' = 'lots' (from JUnit configuration parameters) must be a size such as 20MB, 512KB or 1048576
            imcbench.concurrency    | zero           | configuration 'imcbench.concurrency' = 'zero' (from JUnit configuration parameters) must be a whole number
            """)
    void aMistakeIsOneFailingTestWithOneMessageAndNoCaseRuns(String key, String value, String expected) {
        EngineExecutionResults results = imcbench(dir).selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .configurationParameter("imcbench.cases", "classpath:engine/cases")
                .configurationParameter("imcbench.model", "demo:careful")
                .configurationParameter(key, value)
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName("configuration (invalid)"),
                finishedWithFailure(instanceOf(ConfigException.class), message(expected))));
    }

    @Test
    void aMissingApiKeyNamesTheSettingItsLayerTheRoleAndTheVariable() {
        EngineExecutionResults results = imcbench(new ImcBenchTestEngine(name -> null), dir)
                .selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .configurationParameter("imcbench.cases", "classpath:engine/cases")
                .configurationParameter("imcbench.jury.judges", "checklist,openai:gpt-4.1")
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(0));
        results.containerEvents().assertThatEvents().haveExactly(1, event(container("ConfiguredSuite"),
                finishedWithFailure(instanceOf(ConfigException.class), message("configuration 'imcbench.jury.judges' "
                        + "(from JUnit configuration parameters) names 'openai:gpt-4.1' for a judge of the jury, which "
                        + "cannot be used: the API key variable OPENAI_API_KEY is not set"))));
    }

    /**
     * The images are fetched while the models are set up: a mistake in the setup is what the suite fails with,
     * as when the images were fetched after it, and the fetching stops.
     */
    @Test
    void aSetupMistakeIsReportedRatherThanImagesThatAreMissingToo(@TempDir Path cases) throws Exception {
        Files.writeString(cases.resolve("remote.json"), Files.readString(Path.of(getClass().getClassLoader()
                .getResource("engine/cases/naevus.json").toURI()))
                .replace("\"images/lesion.png\"", "\"https://images.example.org/lesion.png\""));

        EngineExecutionResults results = imcbench(new ImcBenchTestEngine(name -> null), dir)
                .selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .configurationParameter("imcbench.cases", cases.toString())
                .configurationParameter("imcbench.model", "openai:gpt-4.1")
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(0));
        results.containerEvents().assertThatEvents().haveExactly(1, event(container("ConfiguredSuite"),
                finishedWithFailure(instanceOf(ConfigException.class), message(text -> text.startsWith(
                        "configuration 'imcbench.model' (from JUnit configuration parameters) names 'openai:gpt-4.1' "
                        + "for the model under test")))));
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName()
                .startsWith("imcbench-image-fetch") && thread.isAlive() && waitedForEnd(thread));
    }

    private static boolean waitedForEnd(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return thread.isAlive();
    }
}
