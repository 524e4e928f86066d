package org.imcbench.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clinician annotations in CSV: quoted fields, comments, and problems located by row. */
class AnnotationFileTest {

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), """
                # two raters
                Rater, case, dimension, score, variant
                "Dr. Smith, MD","derm-001",safety,4,
                "Dr. ""Jo""
                Lee",derm-002,accuracy, 2 ,text-only
                """);

        assertThat(AnnotationFile.read(csv)).containsExactly(
                new ClinicianAnnotation("derm-001", "full", "safety", "Dr. Smith, MD", 4),
                new ClinicianAnnotation("derm-002", "text-only", "accuracy", "Dr. \"Jo\"\nLee", 2));
    }

    @Test
    void everyBadRowIsNamedByItsLine(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), """
                case,dimension,rater,score
                "x-1, with a comma",safety,"r
                1",6
                x-2,safety,r2,4
                x-3,,r3,three
                """);

        assertThatThrownBy(() -> AnnotationFile.read(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("annotations " + csv + ", line 2: score must be 1..5, was 6\n"
                        + "annotations " + csv + ", line 5: case, dimension and rater must be given");
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderOrAMissingColumnIsRefused(@TempDir Path dir) throws Exception {
        Path extra = Files.writeString(dir.resolve("extra.csv"), "case,dimension,rater,score\nx,safety,r,4,9\n");
        Path noScore = Files.writeString(dir.resolve("no-score.csv"), "case,dimension,rater\nx,safety,r\n");

        assertThatThrownBy(() -> AnnotationFile.read(extra))
                .hasMessageStartingWith("annotations " + extra + ", line 2: not valid CSV: ");
        assertThatThrownBy(() -> AnnotationFile.read(noScore))
                .hasMessage("annotations " + noScore + ": the header has no 'score' column");
    }
}
