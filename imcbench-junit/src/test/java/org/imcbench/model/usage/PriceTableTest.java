package org.imcbench.model.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imcbench.model.Usage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriceTableTest {
    private final PriceTable table = PriceTable.builtIn();

    @ParameterizedTest
    @ValueSource(strings = {"openai:gpt-5.2", "openai:gpt-4.1", "openai:gpt-4.1-mini", "anthropic:claude-opus-4-6",
            "anthropic:claude-sonnet-4-5", "bedrock:us.amazon.nova-pro-v1:0", "gemini:gemini-2.5-pro",
            "gemini:gemini-2.5-flash"})
    void theShippedTableHasAListPriceForEveryModelOfTheIssue(String model) {
        assertThat(table.find(model)).hasValueSatisfying(price -> {
            assertThat(price.inputPerMillion()).isPositive();
            assertThat(price.outputPerMillion()).isGreaterThan(price.inputPerMillion());
        });
    }

    @Test
    void namesAreLookedUpWholeThenByModelPartAndUnknownModelsHaveNoPrice() {
        assertThat(table.find("openai-compatible:http://localhost:8000/v1#gpt-4.1")).isEqualTo(table.find("gpt-4.1"));
        assertThat(table.find("ollama:llava")).isEmpty();
        assertThat(table.find("demo:careful")).hasValue(new Price(0, 0));
    }

    @Test
    void costIsPerMillionTokens() {
        Price price = new Price(2.0, 8.0);
        assertThat(price.cost(new Usage(1_000_000, 500_000))).isCloseTo(6.0, offset(1e-12));
        assertThat(price.cost(new Usage(1200, 300))).isCloseTo(0.0048, offset(1e-12));
    }

    @Test
    void aUsersFileAddsAndReplacesEntries(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("prices.json"), """
                {"models": {"gpt-4.1": {"inputPerMillion": 1.0, "outputPerMillion": 4.0},
                            "openai-compatible:http://gpu:8000/v1#llava": {"inputPerMillion": 0, "outputPerMillion": 0}}}
                """);

        PriceTable merged = table.overriddenBy(file);

        assertThat(merged.find("openai:gpt-4.1")).hasValue(new Price(1.0, 4.0));
        assertThat(merged.find("openai-compatible:http://gpu:8000/v1#llava")).hasValue(new Price(0, 0));
        assertThat(merged.find("gemini:gemini-2.5-pro")).isEqualTo(table.find("gemini-2.5-pro"));
    }

    @Test
    void aMalformedFileIsRejectedNamingIt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("prices.json"), "{\"models\":{\"x\":{\"inputPerMillion\":\"1\"}}}");

        assertThatThrownBy(() -> table.overriddenBy(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("'x'");
    }
}
