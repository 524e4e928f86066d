package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery keeps a case as its compressed text; parsing it again gives the case exactly as it was read. */
class StoredCaseTest {
    private static final Path FIXTURES = Path.of("src/test/resources/cases");

    @TempDir
    Path folder;

    @Test
    void aCaseOfAJsonLinesFileIsParsedAgainWithItsSourceLineAndLocations() throws IOException {
        String scripted = Files.readString(FIXTURES.resolve("valid-scripted.json")).replaceAll("\\s*\\n\\s*", " ");
        String simulated = Files.readString(FIXTURES.resolve("valid-simulated.json")).replaceAll("\\s*\\n\\s*", " ");
        Files.createDirectories(folder.resolve("images"));
        Files.copy(FIXTURES.resolve("images/tiny-lesion.png"), folder.resolve("images/tiny-lesion.png"));
        Path file = folder.resolve("two.jsonl");
        Files.writeString(file, scripted + "\n\n" + simulated + "\n");
        List<LoadedCase> loaded = new ArrayList<>();

        new CaseLoader().read(CaseFile.of(file, folder), loaded::add);

        assertThat(loaded).extracting(LoadedCase::line).containsExactly(1, 3);
        for (LoadedCase read : loaded) {
            BenchmarkCase original = read.benchmarkCase().orElseThrow();
            StoredCase stored = read.stored().orElseThrow();
            BenchmarkCase again = stored.load();
            assertThat(stored.id()).isEqualTo(original.id());
            assertThat(stored.line()).isEqualTo(read.line());
            assertThat(again).usingRecursiveComparison().ignoringFields("locations").isEqualTo(original);
            assertThat(again.locations().error("/id", "x").getMessage())
                    .isEqualTo(original.locations().error("/id", "x").getMessage());
        }
        assertThat(loaded.get(1).stored().orElseThrow().load().locations().error("/id", "x").getMessage())
                .contains("two.jsonl:3:");
    }
}
