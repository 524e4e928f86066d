package org.imcbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's wrong usage exits 2 with the reason and the usage; an unreadable label file exits 1. */
class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void wrongUsageExitsTwoNamingTheProblem() {
        assertUsage(new String[] {"--dataset", "chestxray14", "--colour", "red"}, "unknown option --colour");
        assertUsage(new String[] {"--dataset", "mnist", "--labels", "a", "--images", "b", "--out", "c"},
                "unknown dataset mnist; known: chestxray14, ham10000, isic");
        assertUsage(new String[] {"--dataset", "chestxray14", "--images", "b", "--out", "c"}, "--labels is required");
        assertUsage(new String[] {"--dataset", "chestxray14", "--labels", "a", "--images", "b", "--out", "c",
            "--size", "many"}, "--size must be a whole number: many");
        assertUsage(new String[] {"--dataset", "chestxray14", "--labels", "a", "--images", "b", "--out", "c",
            "--audience", "nurse"}, "--audience must be patient, clinician or mixed: nurse");
        assertUsage(new String[] {"--dataset", "chestxray14", "--labels"}, "--labels needs a value");
    }

    @Test
    void aLabelFileWithoutTheDatasetsColumnsExitsOneNamingTheColumn() throws IOException {
        Path labels = Files.writeString(dir.resolve("labels.csv"), "Image,Labels\na.png,Mass\n");
        Files.createDirectories(dir.resolve("images"));

        DatasetFixtures.Run run = DatasetFixtures.generate("--dataset", "chestxray14", "--labels", labels.toString(),
                "--images", dir.resolve("images").toString(), "--out", dir.resolve("out").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("no column \"Image Index\"");
    }

    private static void assertUsage(String[] args, String reason) {
        DatasetFixtures.Run run = DatasetFixtures.generate(args);
        assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(run.err()).contains(reason).contains("usage: generate --dataset");
    }
}
