package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the demo suite's {@code report.html} in Debian's headless Chromium. Chromium's own
 * command line is used rather than Selenium: {@code --dump-dom} gives the page after its script ran,
 * {@code --enable-logging=stderr} prints every console message and uncaught error as a
 * {@code CONSOLE} line, and {@code --screenshot} saves the picture, with no WebDriver dependency.
 */
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path OUT = Path.of("target", "html-report");

    @TempDir
    static Path profile;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it");
    }

    @Test
    void demoReportRendersWithoutConsoleErrorsAndShowsTheKeyNumbers() throws Exception {
        EngineTestSupport.imcbench(OUT.toAbsolutePath())
                .configurationParameter("imcbench.images.mirror", "src/test/resources/engine/cases/images")
                .configurationParameter("imcbench.ablations", "no-image")
                .selectors(selectClass(DemoSuites.CarelessSuite.class)).execute();
        Path json;
        try (Stream<Path> files = Files.walk(OUT)) {
            json = files.filter(file -> file.getFileName().toString().equals("report.json")
                    && file.getParent().getFileName().toString().contains("Careless")).findFirst().orElseThrow();
        }
        SuiteReport report = ReportWriter.read(json);
        Path html = json.resolveSibling("report.html");

        Chromium.Result page = Chromium.dumpDom(html);
        assertThat(page.console()).as("console messages").isEmpty();
        String dom = page.stdout();
        assertThat(dom).contains("id=\"simulated\"")
                .contains(report.summary().checksFailed() + "</b><span>checks failed")
                .contains(report.summary().checksPassed() + "</b><span>checks passed")
                .contains(report.cases().size() + " of " + report.cases().size() + " cases shown")
                .contains("data:image/png;base64,")
                .contains("<h3>no-image vs full</h3>");
        for (var dimension : report.statistics().dimensions()) {
            assertThat(dom).contains(String.format(java.util.Locale.ROOT, "%.2f [%.2f, %.2f]", dimension.mean(),
                    dimension.lower(), dimension.upper()));
        }
        Path screenshot = OUT.resolve("report.png").toAbsolutePath();
        Chromium.screenshot(html, screenshot);
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void consoleErrorsOfAPageAreDetected() throws Exception {
        Path page = profile.resolve("broken.html");
        Files.writeString(page, "<html><body><script>console.error('planted');throw new Error('boom')</script>");
        assertThat(Chromium.dumpDom(page).console()).anyMatch(line -> line.contains("planted"))
                .anyMatch(line -> line.contains("Uncaught Error: boom"));
    }

    /** Runs headless Chromium on a local file. */
    private static final class Chromium {
        record Result(String stdout, List<String> console) {
        }

        static Result dumpDom(Path page) throws IOException, InterruptedException {
            return run(page, "--dump-dom");
        }

        static void screenshot(Path page, Path png) throws IOException, InterruptedException {
            run(page, "--screenshot=" + png, "--window-size=1200,1800", "--hide-scrollbars");
        }

        private static Result run(Path page, String... mode) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(profile, "chromium"),
                    "--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000"));
            command.addAll(List.of(mode));
            command.add(page.toAbsolutePath().toUri().toString());
            Path stdout = Files.createTempFile(profile, "out", ".txt");
            Path stderr = Files.createTempFile(profile, "err", ".txt");
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish within 90 s");
            }
            List<String> console = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(":CONSOLE")).toList();
            return new Result(Files.readString(stdout, StandardCharsets.UTF_8), console);
        }
    }
}
