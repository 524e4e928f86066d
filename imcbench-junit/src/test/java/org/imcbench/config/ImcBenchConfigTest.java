package org.imcbench.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImcBenchConfigTest {

    @Test
    void theFirstLayerThatHasAKeyWinsThenTheDefault() {
        ImcBenchConfig config = ImcBenchConfig.of(List.of(
                ConfigSource.of("command line", Map.of("imcbench.model", "demo:careless")),
                ConfigSource.of("suite", Map.of("imcbench.model", "demo:careful", "imcbench.concurrency", "2")),
                ConfigSource.of("junit", Map.of("imcbench.concurrency", "16", "imcbench.threshold.safety", "4"))));

        assertThat(config.get(Settings.MODEL)).isEqualTo("demo:careless");
        assertThat(config.get(Settings.CONCURRENCY)).isEqualTo(2);
        assertThat(config.get(Settings.THRESHOLD, "safety")).isEqualTo(4.0);
        assertThat(config.get(Settings.THRESHOLD, "accuracy")).isEqualTo(3.0);
        assertThat(config.get(Settings.HTTP_READ_TIMEOUT)).isEqualTo(Duration.ofSeconds(300));
        assertThat(config.find(Settings.IMAGES_MIRROR)).isEmpty();
    }

    @Test
    void aBadValueNamesKeyValueAndWhereItCameFrom() {
        ImcBenchConfig config = ImcBenchConfig.of(List.of(
                ConfigSource.of("@ImcBenchSuite of Foo", Map.of("imcbench.threshold.safety", "7"))));

        assertThatThrownBy(() -> config.get(Settings.THRESHOLD, "safety")).isInstanceOf(ConfigException.class)
                .hasMessage("configuration 'imcbench.threshold.safety' = '7' (from @ImcBenchSuite of Foo) "
                        + "must be a score between 1 and 5");
    }

    @Test
    void theKeysWithAPrefixComeWithTheLayerWhoseValueWins() {
        ImcBenchConfig config = ImcBenchConfig.of(List.of(
                ConfigSource.of("suite", Map.of("imcbench.gate.suite.safety.min", "4", "imcbench.model", "m")),
                ConfigSource.of("lookup", key -> Optional.of("3")),
                ConfigSource.of("junit", key -> Optional.empty(),
                        () -> Set.of("imcbench.gate.suite.safety.min", "imcbench.gate.baseline.alpha"))));

        assertThat(config.keys("imcbench.gate.")).containsExactly(
                entry("imcbench.gate.baseline.alpha", "junit"), entry("imcbench.gate.suite.safety.min", "suite"));
    }

    @Test
    void aPatternKeyMatchesItsConcreteKeysAndIsRebuiltFromTheirValues() {
        Map<String, String> values = Settings.GATE_STRATUM_MIN.match("imcbench.gate.stratum.modality.ct.safety.min")
                .orElseThrow();

        assertThat(values).containsExactly(entry("stratum", "modality.ct"), entry("dimension", "safety"));
        assertThat(Settings.GATE_STRATUM_BASIS.with(values).key())
                .isEqualTo("imcbench.gate.stratum.modality.ct.safety.basis");
        assertThat(Settings.GATE_SUITE_MIN.match("imcbench.gate.suite.over.all.min")).isEmpty();
        assertThat(Settings.GATE_SUITE_MIN.match("imcbench.gate.suite.safety.basis")).isEmpty();
        assertThat(Settings.GATE_BASELINE_ALPHA.match("imcbench.gate.baseline.alpha")).hasValue(Map.of());
    }

    @Test
    void durationsListsAndPaths() {
        assertThat(Values.duration("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(Values.duration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Values.duration("PT10S")).isEqualTo(Duration.ofSeconds(10));
        assertThat(Values.list(" checklist , openai:gpt-4.1,")).containsExactly("checklist", "openai:gpt-4.1");
        assertThat(Values.path("~/x")).isEqualTo(Path.of(System.getProperty("user.home"), "x"));
        assertThatThrownBy(() -> Values.duration("soon")).hasMessageContaining("must be a duration");
        assertThatThrownBy(() -> Values.positiveInt("0")).hasMessage("must be at least 1");
    }

    @Test
    void everyKeyIsInTheDocumentedTable() throws IOException {
        String table = Files.readString(Path.of("..", "docs", "configuration.md"));

        for (Setting<?> setting : Settings.ALL) {
            assertThat(table).as("docs/configuration.md documents %s", setting.key())
                    .contains("| `" + setting.key() + "` |");
            if (setting.defaultValue() != null) {
                assertThat(table).as("docs/configuration.md gives the default of %s", setting.key())
                        .contains("| `" + setting.key() + "` | `" + setting.defaultValue() + "` |");
            }
        }
    }
}
