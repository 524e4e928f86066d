package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code Validate} command line: every problem printed, exit status by outcome. */
class ValidateTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void validFolderExitsZero() {
        int status = run("classpath:engine/cases");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("classpath:engine/cases: 3 case(s) loaded, "
                + "0 problem(s)" + System.lineSeparator());
    }

    @Test
    void brokenFolderPrintsEveryProblemAndExitsOne() {
        int status = run(BrokenCasesTest.FOLDER);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(printed.lines()).filteredOn(line -> line.startsWith(BrokenCasesTest.FOLDER + "/")).hasSize(21);
        assertThat(printed).contains(BrokenCasesTest.FOLDER + "/roi-box-inverted.json:12:58: /images/0/rois/0/box: ")
                .endsWith(BrokenCasesTest.FOLDER + ": 6 case(s) loaded, 21 problem(s)" + System.lineSeparator());
    }

    @Test
    void noFolderIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: ");
    }

    private int run(String... folders) {
        String previous = System.getProperty("imcbench.images.max-bytes");
        System.setProperty("imcbench.images.max-bytes", String.valueOf(BrokenCasesTest.MAX_BYTES));
        System.setProperty("imcbench.images.offline", "true");
        try {
            return Validate.run(List.of(folders), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            System.clearProperty("imcbench.images.offline");
            if (previous == null) {
                System.clearProperty("imcbench.images.max-bytes");
            } else {
                System.setProperty("imcbench.images.max-bytes", previous);
            }
        }
    }
}
