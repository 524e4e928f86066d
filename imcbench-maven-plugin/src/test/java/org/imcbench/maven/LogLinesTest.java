package org.imcbench.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tool's printed lines reach the Maven log one call per line, in order, in UTF-8. */
class LogLinesTest {

    @Test
    void eachLineIsOneLogCallWithoutItsLineEnd() {
        List<String> logged = new ArrayList<>();
        try (PrintStream out = LogLines.to(logged::add)) {
            out.println("cases/a.json:7:16: /malignant: must be true or false");
            out.print("two\r\nlines ≥ 3\n");
            out.print("no line end");
            assertThat(logged).hasSize(3);
        }
        assertThat(logged).containsExactly("cases/a.json:7:16: /malignant: must be true or false", "two",
                "lines ≥ 3", "no line end");
    }
}
