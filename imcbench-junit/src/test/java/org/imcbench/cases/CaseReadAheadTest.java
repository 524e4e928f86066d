package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ahead on other threads gives each file exactly what reading it alone gives, in order, digested. */
class CaseReadAheadTest {
    private static final Path FIXTURES = Path.of("src/test/resources/cases");

    @TempDir
    Path folder;

    @Test
    void eachFileGivesWhatTheLoaderGivesWhetherPlannedOrNot() throws IOException {
        String scripted = Files.readString(FIXTURES.resolve("valid-scripted.json"));
        String oneLine = scripted.replaceAll("\\s*\\n\\s*", " ");
        List<CaseFile> files = new ArrayList<>();
        for (int i = 0; i < 3 * CaseReadAhead.WINDOW; i++) {
            Path file = folder.resolve(String.format("case-%03d.json", i));
            // every seventh file is not a valid case
            Files.writeString(file, i % 7 == 3 ? "{\"id\": 1}" : scripted.replace("\"test-scripted-001\"",
                    "\"case-" + i + "\""));
            files.add(CaseFile.of(file, folder));
        }
        Path lines = folder.resolve("lines.jsonl");
        Files.writeString(lines, oneLine.replace("\"test-scripted-001\"", "\"line-1\"") + "\n\n{broken\n"
                + oneLine.replace("\"test-scripted-001\"", "\"line-4\"") + "\n");
        files.add(CaseFile.of(lines, folder));
        CaseLoader loader = new CaseLoader();
        CaseReadAhead<String> readAhead = new CaseReadAhead<>(loader, CaseReadAheadTest::described);
        readAhead.plan(files.subList(1, files.size()), (file, loaded) -> described(loaded));

        // the first file was not planned: read on this thread; the others in the planned order
        for (CaseFile file : files) {
            List<LoadedCase> alone = new ArrayList<>();
            loader.readOutlines(file, alone::add);

            assertThat(readAhead.read(file)).as(file.displayName())
                    .isEqualTo(alone.stream().map(CaseReadAheadTest::described).toList());
        }
        List<String> again = readAhead.read(files.get(files.size() - 1));
        assertThat(again).as("a file asked for again is read again").hasSize(3);
        assertThat(again.get(0)).isEqualTo("1 line-1");
        assertThat(again.get(1)).startsWith("3 problem ").contains("lines.jsonl:3:");
        assertThat(again.get(2)).isEqualTo("4 line-4");
    }

    @Test
    void planningStartsReadingTheFirstFilesBeforeAnyIsAskedFor() throws Exception {
        String scripted = Files.readString(FIXTURES.resolve("valid-scripted.json"));
        List<CaseFile> files = new ArrayList<>();
        for (int i = 0; i < CaseReadAhead.WINDOW + 10; i++) {
            Path file = folder.resolve(String.format("case-%03d.json", i));
            Files.writeString(file, scripted.replace("\"test-scripted-001\"", "\"case-" + i + "\""));
            files.add(CaseFile.of(file, folder));
        }
        AtomicInteger digested = new AtomicInteger();
        CaseReadAhead<String> readAhead = new CaseReadAhead<>(new CaseLoader(), CaseReadAheadTest::described);

        readAhead.plan(files, (file, loaded) -> {
            digested.incrementAndGet();
            return described(loaded);
        });

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (digested.get() < CaseReadAhead.WINDOW && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        // the first WINDOW planned files, and no more, read without a single read() call
        assertThat(digested.get()).isEqualTo(CaseReadAhead.WINDOW);
        assertThat(readAhead.read(files.get(0))).containsExactly("1 case-0");
    }

    @Test
    void aPlannedFileThatCannotBeReadIsThatFilesIoProblem() throws IOException {
        Path gone = folder.resolve("gone.json");
        Files.writeString(gone, "{}");
        CaseFile file = CaseFile.of(gone, folder);
        CaseReadAhead<String> readAhead = new CaseReadAhead<>(new CaseLoader(), CaseReadAheadTest::described);
        Files.delete(gone);
        readAhead.plan(List.of(file), (read, loaded) -> described(loaded));

        assertThatThrownBy(() -> readAhead.read(file)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("gone.json");
    }

    @Test
    void eachPlanDigestsItsFilesAndAFileNotPlannedIsDigestedAsTheReaderSays() throws IOException {
        String scripted = Files.readString(FIXTURES.resolve("valid-scripted.json"));
        List<CaseFile> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Path file = folder.resolve(String.format("case-%03d.json", i));
            Files.writeString(file, scripted.replace("\"test-scripted-001\"", "\"case-" + i + "\""));
            files.add(CaseFile.of(file, folder));
        }
        CaseReadAhead<String> readAhead = new CaseReadAhead<>(new CaseLoader(),
                loaded -> "reader " + described(loaded));
        readAhead.plan(files.subList(0, 2),
                (file, loaded) -> "first plan " + file.fileName() + " " + described(loaded));
        readAhead.plan(files.subList(2, 4), (file, loaded) -> "second plan " + described(loaded));

        assertThat(readAhead.read(files.get(0))).containsExactly("first plan case-000.json 1 case-0");
        assertThat(readAhead.read(files.get(1))).containsExactly("first plan case-001.json 1 case-1");
        assertThat(readAhead.read(files.get(3))).containsExactly("second plan 1 case-3");
        assertThat(readAhead.read(files.get(2))).containsExactly("second plan 1 case-2");
        assertThat(readAhead.read(files.get(4))).containsExactly("reader 1 case-4");
        assertThat(readAhead.read(files.get(0))).as("asked for again, not planned again")
                .containsExactly("reader 1 case-0");
    }

    /** A case as its line and id, or its line and its problem. */
    private static String described(LoadedCase loaded) {
        return loaded.line() + " " + loaded.labels().map(CaseLabels::id)
                .orElseGet(() -> "problem " + loaded.problem().orElseThrow().getMessage());
    }
}
