package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.imcbench.report.Leaderboard;
import org.imcbench.report.ReportTool;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.StatisticsReport.DimensionStatistics;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the demo suites' {@code report.html} and their {@code leaderboard.html} in Debian's
 * headless Chromium. Chromium's own command line is used rather than Selenium: {@code --dump-dom}
 * gives the page after its script ran, {@code --enable-logging=stderr} prints every console message
 * and uncaught error as a {@code CONSOLE} line, and {@code --screenshot} saves the picture, with no
 * WebDriver dependency. Screenshots are left in {@code target/html-report/}.
 */
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path OUT = Path.of("target", "html-report");
    private static final Path IMAGES = Path.of("src/test/resources/engine/cases/images");

    @TempDir
    static Path profile;

    private static Path careful;
    private static Path careless;

    @BeforeAll
    static void runTheDemoSuites() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it");
        careful = run(DemoSuites.CarefulSuite.class, "careful");
        careless = run(DemoSuites.CarelessSuite.class, "careless");
    }

    /** Runs one demo suite (three cases, offline, with the no-image ablation) and returns its report.json. */
    private static Path run(Class<?> suite, String folder) {
        Path dir = OUT.resolve(folder).toAbsolutePath();
        EngineTestSupport.imcbench(dir)
                .configurationParameter("imcbench.images.mirror", IMAGES.toString())
                .configurationParameter("imcbench.ablations", "no-image")
                .selectors(selectClass(suite)).execute();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.getFileName().toString().equals("report.json")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError("no report.json below " + dir, e);
        }
    }

    @Test
    void demoReportRendersWithoutConsoleErrorsAndShowsTheKeyNumbers() throws Exception {
        SuiteReport report = ReportWriter.read(careless);
        Path html = careless.resolveSibling("report.html");

        Chromium.Result page = Chromium.dumpDom(html.toUri().toString());
        assertThat(page.console()).as("console messages").isEmpty();
        String dom = page.stdout();
        assertThat(dom).contains("id=\"simulated\"")
                .contains(report.summary().checksFailed() + "</b><span>checks failed")
                .contains(report.summary().checksPassed() + "</b><span>checks passed")
                .contains(report.cases().size() + " of " + report.cases().size() + " cases shown")
                .contains("data:image/png;base64,")
                .contains("<h3>no-image vs full</h3>");
        for (var dimension : report.statistics().dimensions()) {
            assertThat(dom).contains(String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", dimension.mean(),
                    dimension.lower(), dimension.upper()));
        }
        // a stratum of one case has no t interval: the table shows a dash
        assertThat(report.statistics().strata()).isNotEmpty().allSatisfy(stratum -> assertThat(dom).contains(
                stratum.meanLower() == null ? String.format(Locale.ROOT, "<td>%.2f</td><td>—</td>", stratum.mean())
                        : String.format(Locale.ROOT, "<td>%.2f</td><td>[%.2f, %.2f]</td>", stratum.mean(),
                                stratum.meanLower(), stratum.meanUpper())));
        Path screenshot = OUT.resolve("report.png").toAbsolutePath();
        Chromium.screenshot(html.toUri().toString(), screenshot);
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void leaderboardOfTheTwoDemoCliniciansRendersWithoutConsoleErrorsAndShowsEveryMean() throws Exception {
        Path board = OUT.resolve("compare").toAbsolutePath();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ReportTool.run(new String[] {"compare", careful.toString(), careless.toString(),
                "--out", board.toString(), "--images", IMAGES.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Leaderboard leaderboard = new ObjectMapper().readValue(board.resolve("leaderboard.json").toFile(),
                Leaderboard.class);
        Path html = board.resolve("leaderboard.html");

        Chromium.Result page = Chromium.dumpDom(html.toUri().toString());
        assertThat(page.console()).as("console messages").isEmpty();
        String dom = page.stdout();
        String table = element(dom, "<table class=\"leaderboard\">", "</table>");
        assertThat(leaderboard.dimensions()).containsExactly("overall", "safety", "accuracy", "uncertainty");
        assertThat(leaderboard.entries()).extracting(Leaderboard.Entry::model)
                .containsExactly("demo:careful", "demo:careless");
        for (Leaderboard.Entry entry : leaderboard.entries()) {
            StringBuilder row = new StringBuilder("<tr><td>" + entry.model()
                    + (entry.simulated() ? " <small class=\"simulated\">simulated</small>" : "") + "</td><td>"
                    + entry.suite() + "</td>");
            for (String dimension : leaderboard.dimensions()) {
                DimensionStatistics d = entry.dimensions().stream()
                        .filter(s -> s.dimension().equals(dimension)).findFirst().orElseThrow();
                row.append(String.format(Locale.ROOT, "<td><b>%.2f</b> <small>[%.2f, %.2f]</small></td>",
                        d.mean(), d.lower(), d.upper()));
            }
            assertThat(table).as("leaderboard row of " + entry.model()).contains(row.append("</tr>"));
        }
        assertThat(dom).contains("demo:careless vs baseline demo:careful").contains("id=\"simulated\"");
        String first = ReportWriter.read(careful).cases().get(0).id();
        assertThat(detailsIds(dom)).doesNotHaveDuplicates()
                .contains("r1-case-" + first, "r1-case-" + first + "--no-image", "r2-case-" + first);
        String dropped = leaderboard.comparisons().get(0).drops().get(0).caseId();
        Path clicked = copyWithScript(html, "clicked.html",
                "document.querySelector('a[href=\"#r2-case-" + dropped + "\"]').click();");
        Chromium.Result afterClick = Chromium.dumpDom(clicked.toUri().toString());
        assertThat(afterClick.console()).isEmpty();
        assertThat(openDetails(afterClick.stdout())).containsExactly("r2-case-" + dropped);
        Path screenshot = OUT.resolve("leaderboard.png").toAbsolutePath();
        Chromium.screenshot(html.toUri().toString(), screenshot);
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void aCaseLinkOpensThatCaseEvenWhenTheFailedOnlyFilterWouldHideIt() throws Exception {
        SuiteReport report = ReportWriter.read(careful);
        String target = report.cases().get(1).id();
        Path html = careful.resolveSibling("report.html");
        Path filtered = copyWithScript(html, "filtered.html",
                "document.getElementById('failed-only').click();");

        Chromium.Result plain = Chromium.dumpDom(html.toUri().toString());
        Chromium.Result linked = Chromium.dumpDom(filtered.toUri() + "#case-" + target);

        assertThat(plain.console()).isEmpty();
        assertThat(openDetails(plain.stdout())).isEmpty();
        assertThat(linked.console()).isEmpty();
        assertThat(openDetails(linked.stdout())).containsExactly("case-" + target);
        assertThat(detailsTag(linked.stdout(), "case-" + target)).doesNotContain("display: none");
        assertThat(detailsTag(linked.stdout(), "case-" + report.cases().get(0).id())).contains("display: none");
    }

    @Test
    void aChangedHashOpensTheNamedVariantOfACase() throws Exception {
        SuiteReport report = ReportWriter.read(careless);
        String anchor = "case-" + report.cases().get(2).id() + "--no-image";
        Path page = copyWithScript(careless.resolveSibling("report.html"), "hashchange.html",
                "setTimeout(function(){location.hash='#" + anchor + "';},50);");

        Chromium.Result result = Chromium.dumpDom(page.toUri().toString());

        assertThat(result.console()).isEmpty();
        assertThat(openDetails(result.stdout())).containsExactly(anchor);
    }

    @Test
    void consoleErrorsOfAPageAreDetected() throws Exception {
        Path page = profile.resolve("broken.html");
        Files.writeString(page, "<html><body><script>console.error('planted');throw new Error('boom')</script>");
        assertThat(Chromium.dumpDom(page.toUri().toString()).console()).anyMatch(line -> line.contains("planted"))
                .anyMatch(line -> line.contains("Uncaught Error: boom"));
    }

    /** A copy of a page, beside it, with one more inline script run after the page's own. */
    private static Path copyWithScript(Path page, String name, String script) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Path copy = page.resolveSibling(name);
        Files.writeString(copy, html.replace("</body>", "<script>" + script + "</script></body>"),
                StandardCharsets.UTF_8);
        return copy;
    }

    /** The first element of a rendered page from its start tag to the first following end tag. */
    private static String element(String dom, String start, String end) {
        int from = dom.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return dom.substring(from, dom.indexOf(end, from) + end.length());
    }

    /** The ids of the {@code <details>} elements of a rendered page. */
    private static List<String> detailsIds(String dom) {
        return details(dom, false);
    }

    /** The ids of the open {@code <details>} elements of a rendered page. */
    private static List<String> openDetails(String dom) {
        return details(dom, true);
    }

    private static List<String> details(String dom, boolean openOnly) {
        Matcher matcher = Pattern.compile("<details [^>]*>").matcher(dom);
        List<String> ids = new ArrayList<>();
        while (matcher.find()) {
            if (!openOnly || matcher.group().matches(".*\\sopen(=\"\")?[\\s>].*")) {
                Matcher id = Pattern.compile("id=\"([^\"]*)\"").matcher(matcher.group());
                ids.add(id.find() ? id.group(1) : "");
            }
        }
        return ids;
    }

    /** The start tag of the {@code <details>} element with this id. */
    private static String detailsTag(String dom, String id) {
        Matcher matcher = Pattern.compile("<details [^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(dom);
        assertThat(matcher.find()).as("details " + id).isTrue();
        return matcher.group();
    }

    /** Runs headless Chromium on a local page. */
    private static final class Chromium {
        record Result(String stdout, List<String> console) {
        }

        static Result dumpDom(String url) throws IOException, InterruptedException {
            return run(url, "--dump-dom");
        }

        static void screenshot(String url, Path png) throws IOException, InterruptedException {
            run(url, "--screenshot=" + png, "--window-size=1200,1800", "--hide-scrollbars");
        }

        private static Result run(String url, String... mode) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(profile, "chromium"),
                    "--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000"));
            command.addAll(List.of(mode));
            command.add(url);
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
