package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery keeps a case as where its bytes are in its file and its outline; reading it again gives the case
 * exactly as it was read, and a file changed since is an error of the case.
 */
class StoredCaseTest {
    private static final Path FIXTURES = Path.of("src/test/resources/cases");

    @TempDir
    Path folder;

    @Test
    void aCaseOfAJsonLinesFileIsParsedAgainWithItsSourceLineAndLocations() throws IOException {
        Path file = twoCases();
        List<LoadedCase> loaded = read(file);

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
            assertThat(stored.outline()).isEqualTo(CaseOutline.of(original));
        }
        assertThat(loaded.get(1).stored().orElseThrow().load().locations().error("/id", "x").getMessage())
                .contains("two.jsonl:3:");
    }

    @Test
    void aCaseWhoseBytesChangedSinceDiscoveryIsAnErrorOfThatCaseNotAnotherCase() throws IOException {
        Path file = twoCases();
        List<LoadedCase> loaded = read(file);
        String text = Files.readString(file);
        String secondId = loaded.get(1).stored().orElseThrow().id();
        // the same length, one letter of the second case's title changed: the first case still loads
        int title = text.lastIndexOf("\"title\": \"") + "\"title\": \"".length();
        Files.writeString(file, text.substring(0, title) + (text.charAt(title) == 'X' ? 'Y' : 'X')
                + text.substring(title + 1));

        assertThat(loaded.get(0).stored().orElseThrow().load()).usingRecursiveComparison().ignoringFields("locations")
                .isEqualTo(loaded.get(0).benchmarkCase().orElseThrow());
        assertThatThrownBy(() -> loaded.get(1).stored().orElseThrow().load())
                .isInstanceOf(CaseFormatException.class)
                .hasMessageEndingWith("two.jsonl:3:1: case " + secondId + " changed since discovery: its bytes are not "
                        + "those read when it was discovered; run the tests again to discover the file anew");

        Files.delete(file);
        assertThatThrownBy(() -> loaded.get(0).stored().orElseThrow().load())
                .isInstanceOf(CaseFormatException.class)
                .hasMessageContaining("two.jsonl:1:1: case " + loaded.get(0).stored().orElseThrow().id()
                        + " changed since discovery: it cannot be read again: ");
    }

    @Test
    void linesLongerThanAReadBlockAndLinesOverTheLimitKeepTheOffsetsOfTheLinesAfterThem() throws IOException {
        String scripted = Files.readString(FIXTURES.resolve("valid-scripted.json")).replaceAll("\\s*\\n\\s*", " ");
        String padded = scripted.replaceFirst("\"title\": \"", "\"title\": \"" + "é".repeat(40_000));
        Files.createDirectories(folder.resolve("images"));
        Files.copy(FIXTURES.resolve("images/tiny-lesion.png"), folder.resolve("images/tiny-lesion.png"));
        Path file = folder.resolve("long.jsonl");
        Files.writeString(file, padded + "\n" + scripted.replace("test-scripted-001", "after-long") + "\n"
                + padded.replace("test-scripted-001", "long-again") + "\n" + scripted.replace("test-scripted-001", "last"));

        List<LoadedCase> all = read(file);
        List<LoadedCase> limited = new ArrayList<>();
        new CaseLoader(50_000).read(CaseFile.of(file, folder), limited::add);

        assertThat(all).extracting(loaded -> loaded.stored().orElseThrow().load().id())
                .containsExactly("test-scripted-001", "after-long", "long-again", "last");
        assertThat(limited).extracting(LoadedCase::line).containsExactly(1, 2, 3, 4);
        assertThat(limited.get(0).problem()).hasValueSatisfying(problem -> assertThat(problem.getMessage())
                .contains("long.jsonl:1:1: the case is larger than imcbench.cases.max-bytes (50000 bytes)"));
        assertThat(limited.get(2).problem()).isPresent();
        assertThat(limited.get(1).stored().orElseThrow().load().id()).isEqualTo("after-long");
        assertThat(limited.get(3).stored().orElseThrow().load().id()).isEqualTo("last");
    }

    /** A .jsonl file: a scripted case with a title of multi-byte characters, a blank line, a simulated case. */
    private Path twoCases() throws IOException {
        String scripted = Files.readString(FIXTURES.resolve("valid-scripted.json")).replaceAll("\\s*\\n\\s*", " ")
                .replaceFirst("\"title\": \"", "\"title\": \"Ærø — ");
        String simulated = Files.readString(FIXTURES.resolve("valid-simulated.json")).replaceAll("\\s*\\n\\s*", " ");
        Files.createDirectories(folder.resolve("images"));
        Files.copy(FIXTURES.resolve("images/tiny-lesion.png"), folder.resolve("images/tiny-lesion.png"));
        Path file = folder.resolve("two.jsonl");
        Files.writeString(file, scripted + "\r\n\n" + simulated + "\n");
        return file;
    }

    private List<LoadedCase> read(Path file) throws IOException {
        List<LoadedCase> loaded = new ArrayList<>();
        new CaseLoader().read(CaseFile.of(file, folder), loaded::add);
        return loaded;
    }
}
