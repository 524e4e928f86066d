package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {
    private static final Path PROVIDERS_DOC = Path.of("..", "docs", "providers.md");

    @Test
    void theDocumentedTableHasOneRowPerRegisteredProvider() throws IOException {
        Map<String, String> rows = providerRows();

        assertThat(rows.keySet()).as("providers in the table of docs/providers.md")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Provider.values()).map(Provider::scheme).toList());
    }

    @Test
    void eachRowGivesItsProvidersEndpointKeyVariablesAndFamilies() throws IOException {
        Map<String, String> rows = providerRows();

        for (Provider provider : Provider.values()) {
            String row = rows.getOrDefault(provider.scheme(), "");
            if (!provider.defaultBaseUrl().isEmpty()) {
                assertThat(row).as("docs/providers.md gives the endpoint of %s", provider.scheme())
                        .contains("`" + provider.defaultBaseUrl());
            }
            for (String variable : provider.keyVariables()) {
                assertThat(row).as("docs/providers.md names %s's variable %s", provider.scheme(), variable)
                        .contains("`" + variable + "`");
            }
            List<String> families = provider.families();
            assertThat(lastCell(row)).as("docs/providers.md lists the model families of %s", provider.scheme())
                    .isEqualTo(families.isEmpty() ? "none"
                            : String.join(", ", families.stream().map(family -> "`" + family + "`").toList()));
        }
    }

    @Test
    void everySchemeNamesOneProviderAndEveryFormIsInTheParseErrors() {
        for (Provider provider : Provider.values()) {
            assertThat(Provider.of(provider.scheme())).contains(provider);
            assertThat(Provider.forms()).contains(provider.form());
        }
        assertThat(Provider.of("mistral")).isEqualTo(Optional.empty());
    }

    /** The rows of the providers table by the scheme of their first cell's first model name. */
    private static Map<String, String> providerRows() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(PROVIDERS_DOC)) {
            if (line.startsWith("| `") && line.indexOf(':') > 0) {
                String first = line.substring(3);
                rows.put(first.substring(0, first.indexOf(':')), line);
            }
        }
        return rows;
    }

    private static String lastCell(String row) {
        String[] cells = row.split("\\|");
        return cells.length == 0 ? "" : cells[cells.length - 1].strip();
    }
}
