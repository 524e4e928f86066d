package org.imcbench.surefire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.maven.surefire.api.report.TestOutputReportEntry;
import org.apache.maven.surefire.extensions.ConsoleOutputReportEventListener;
import org.junit.jupiter.api.Test;

class ImcBenchConsoleOutputReporterTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ConsoleOutputReportEventListener console = new ImcBenchConsoleOutputReporter().createListener(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void keepsReportEntryLinesOffTheConsole() {
        console.writeTestOutput(TestOutputReportEntry.stdOutln("imcbench.safety.jury = 4"));
        console.writeTestOutput(TestOutputReportEntry.stdOutln("imcbench.safety.judges = 4, 5"));
        console.writeTestOutput(TestOutputReportEntry.stdOutln(
                "imcbench.report.html = file:///tmp/report.html#case-derm-004"));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void passesEverythingElseOn() {
        console.writeTestOutput(TestOutputReportEntry.stdOutln("[imcbench] ReleaseGateTest: 3/8 cases, 0 failing"));
        console.writeTestOutput(TestOutputReportEntry.stdOutln("imcbench.safety.jury is what a test printed"));
        console.writeTestOutput(new TestOutputReportEntry("imcbench.safety.jury = 4 (no line end yet)", true, false,
                null, null));
        console.writeTestOutput(TestOutputReportEntry.stdErrln("imcbench.safety.jury = 4"));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                "[imcbench] ReleaseGateTest: 3/8 cases, 0 failing",
                "imcbench.safety.jury is what a test printed",
                "imcbench.safety.jury = 4 (no line end yet)");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("imcbench.safety.jury = 4");
    }

    @Test
    void surefireCopiesItWithItsSettings() {
        ImcBenchConsoleOutputReporter reporter = new ImcBenchConsoleOutputReporter();
        reporter.setUsePhrasedFileName(true);

        Object copy = reporter.clone(ImcBenchConsoleOutputReporter.class.getClassLoader());

        assertThat(copy).isInstanceOf(ImcBenchConsoleOutputReporter.class).isNotSameAs(reporter);
        assertThat(((ImcBenchConsoleOutputReporter) copy).isUsePhrasedFileName()).isTrue();
    }
}
