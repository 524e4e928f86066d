package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case folder listed ahead in the background ({@link CaseDirectory#listAhead()}) lists what it lists without;
 * listing a folder that does not exist ahead neither throws nor hangs, and {@link CaseDirectory#list()} still fails
 * naming it, every time it is asked. Its suite file is read once.
 */
class CaseDirectoryTest {
    @TempDir
    Path root;

    @Test
    void aFolderListedAheadListsTheSameCasesAsWithout() throws IOException {
        Path folder = Files.createDirectories(root.resolve("cases/sub"));
        Files.writeString(root.resolve("cases/b.json"), "{}");
        Files.writeString(folder.resolve("a.json"), "{}");
        Files.writeString(root.resolve("cases/lines.jsonl"), "{}\n");
        Files.writeString(root.resolve("cases/notes.txt"), "not a case");
        Files.writeString(root.resolve("cases/s.suite.json"), "{\"name\": \"s\"}");

        CaseDirectory ahead = CaseDirectory.of(root.resolve("cases").toString(), getClass().getClassLoader());
        ahead.listAhead();

        assertThat(ahead.list()).extracting(CaseFile::pathInSuite).containsExactly("b.json", "lines.jsonl",
                "sub/a.json");
        assertThat(ahead.list()).isEqualTo(CaseDirectory.of(root.resolve("cases").toString(),
                getClass().getClassLoader()).list());
    }

    /** Discovery reads the suite file for the suite's settings, then lists its cases: the file is read once. */
    @Test
    void theSuiteFileIsReadOnceForTheSuiteAndForItsCaseGlobs() throws IOException {
        Path folder = Files.createDirectories(root.resolve("cases"));
        Files.writeString(folder.resolve("a1.json"), "{}");
        Files.writeString(folder.resolve("b1.json"), "{}");
        Files.writeString(folder.resolve("s.suite.json"), "{\"name\": \"s\", \"cases\": [\"a*.json\"]}");
        CaseDirectory cases = CaseDirectory.of(folder.toString(), getClass().getClassLoader());

        assertThat(cases.suiteFile()).map(SuiteFile::cases).contains(List.of("a*.json"));
        Files.writeString(folder.resolve("s.suite.json"), "{\"name\": \"s\", \"cases\": [\"b*.json\"]}");

        assertThat(cases.list()).extracting(CaseFile::pathInSuite).containsExactly("a1.json");
        assertThat(CaseDirectory.of(folder.toString(), getClass().getClassLoader()).list())
                .extracting(CaseFile::pathInSuite).containsExactly("b1.json");
    }

    @Test
    void aMissingFolderListedAheadStillFailsListingNamingIt() {
        CaseDirectory missing = CaseDirectory.of(root.resolve("no-such-folder").toString(), getClass().getClassLoader());
        missing.listAhead();

        assertThatThrownBy(missing::list).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("case folder " + root.resolve("no-such-folder") + " does not exist");
        assertThatThrownBy(missing::list).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("case folder " + root.resolve("no-such-folder") + " does not exist");
    }
}
