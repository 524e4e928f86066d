package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.imcbench.report.AnnotationSheet;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CheckStatus;
import org.imcbench.report.GateReport;
import org.imcbench.report.GateStatus;
import org.imcbench.report.Leaderboard;
import org.imcbench.report.ReportTool;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.Reports;
import org.imcbench.report.StatisticsReport.DimensionStatistics;
import org.imcbench.report.SuiteReport;
import org.imcbench.report.html.HtmlReport;
import org.imcbench.report.html.ImageSource;
import org.imcbench.report.html.Pages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Renders the demo suites' {@code report.html} and their {@code leaderboard.html} in Debian's
 * headless Chromium (see {@link Chromium}). What a reviewer does (choosing a filter, following a
 * link) is a script appended to a copy of the page, which writes what it measured into the page for
 * {@code --dump-dom}. The 39 core starter cases run with the careless demo clinician and two suite
 * gates (one passes, one fails); their images come from {@code imcbench.images.mirror} when it is
 * set (as in CI). Screenshots are left in {@code target/html-report/}.
 */
class HtmlReportBrowserTest {
    private static final Path OUT = Path.of("target", "html-report");
    private static final Path IMAGES = Path.of("src/test/resources/engine/cases/images");
    private static final String AXE_CORE = "4.11.0";

    @TempDir
    static Path profile;

    private static Chromium chromium;
    private static Path careful;
    private static Path careless;
    private static Path starter;

    @BeforeAll
    static void runTheDemoSuites() {
        Assumptions.assumeTrue(Files.isExecutable(Chromium.EXECUTABLE),
                "Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it");
        chromium = new Chromium(profile);
        careful = run(DemoSuites.CarefulSuite.class, "careful", IMAGES.toString());
        careless = run(DemoSuites.CarelessSuite.class, "careless", IMAGES.toString());
        starter = run(DemoSuites.StarterSuite.class, "starter",
                System.getProperty("imcbench.images.mirror", IMAGES.toString()),
                "imcbench.gate.suite.accuracy.min", "1", "imcbench.gate.suite.safety.min", "4.5");
    }

    /** Runs one demo suite (offline, with the no-image ablation and the given settings) and returns its report.json. */
    private static Path run(Class<?> suite, String folder, String mirror, String... settings) {
        Path dir = OUT.resolve(folder).toAbsolutePath();
        EngineTestKit.Builder builder = EngineTestSupport.imcbench(dir)
                .configurationParameter("imcbench.images.mirror", mirror)
                .configurationParameter("imcbench.ablations", "no-image");
        for (int i = 0; i + 1 < settings.length; i += 2) {
            builder.configurationParameter(settings[i], settings[i + 1]);
        }
        builder.selectors(selectClass(suite)).execute();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.getFileName().toString().equals("report.json")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError("no report.json below " + dir, e);
        }
    }

    @Test
    void theFirstScreenIsTheVerdictGatesCountsAndMeansWithTheirIntervals() throws Exception {
        SuiteReport report = ReportWriter.read(starter);
        Path html = starter.resolveSibling("report.html");

        Chromium.Result page = chromium.dumpDom(html.toUri().toString());

        assertThat(page.console()).as("console messages").isEmpty();
        String dom = page.stdout();
        String verdict = element(dom, "<section class=\"verdict\"", "</section>");
        assertThat(dom.indexOf(verdict)).as("the verdict comes before the cases")
                .isLessThan(dom.indexOf("<section class=\"browser\""));
        assertThat(report.gates()).extracting(GateReport::status).containsExactly(GateStatus.PASSED, GateStatus.FAILED);
        for (GateReport gate : report.gates()) {
            String status = gate.status().name().toLowerCase(Locale.ROOT);
            assertThat(verdict).contains("<tr class=\"gate " + status + "\"><td><span class=\"status " + status + "\">"
                    + status + "</span></td><td>" + gate.title() + "</td><td>" + gate.measured());
        }
        assertThat(verdict).contains(report.summary().checksFailed() + "</b><span>checks failed")
                .contains(report.summary().checksPassed() + "</b><span>checks passed")
                .contains(report.summary().checksNotJudged() + "</b><span>not judged")
                .contains("Judges' agreement");
        for (DimensionStatistics dimension : report.statistics().dimensions()) {
            assertThat(verdict).contains(String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", dimension.mean(),
                    dimension.lower(), dimension.upper()));
        }
        Path screenshot = OUT.resolve("first-screen.png").toAbsolutePath();
        chromium.screenshot(html.toUri().toString(), screenshot, 1280, 900);
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void theCarelessDemoShowsTheSimulatedBannerItsCasesAndItsAblation() throws Exception {
        SuiteReport report = ReportWriter.read(careless);
        Path html = careless.resolveSibling("report.html");

        Chromium.Result page = chromium.dumpDom(html.toUri().toString());

        assertThat(page.console()).as("console messages").isEmpty();
        assertThat(page.stdout()).contains("id=\"simulated\"")
                .contains(report.cases().size() + " of " + report.cases().size() + " cases match")
                .contains("<h3>no-image vs full</h3>");
    }

    @Test
    void strataAreAMatrixWithoutRepeatsAndWithSmallStrataMarkedNotColoured() throws Exception {
        SuiteReport report = ReportWriter.read(starter);

        Chromium.Result page = chromium.dumpDom(starter.resolveSibling("report.html").toUri().toString());

        assertThat(page.console()).isEmpty();
        String matrix = element(page.stdout(), "<table class=\"matrix\">", "</table>");
        // the two blood-smear cases are exactly the haematology ones and the ones tagged so
        assertThat(matrix).contains("<th scope=\"row\">modality=blood-smear<small>same cases: specialty=haematology, "
                + "tag=blood-smear, tag=haematology</small></th>")
                .doesNotContain("<th scope=\"row\">specialty=haematology", "<th scope=\"row\">tag=haematology");
        List<String> repeated = new ArrayList<>();
        Pattern.compile("<small>same cases: ([^<]*)</small>").matcher(matrix).results()
                .forEach(same -> repeated.addAll(List.of(same.group(1).split(", "))));
        assertThat(repeated).isNotEmpty().allSatisfy(stratum -> assertThat(matrix)
                .doesNotContain("<th scope=\"row\">" + stratum + "<", "data-stratum=\"" + stratum + "\""));
        assertThat(report.statistics().strata()).isNotEmpty()
                .filteredOn(s -> !repeated.contains(s.stratum())).allSatisfy(s -> {
                    boolean small = s.cases() < 8 || s.restCases() < 8;
                    String cell = element(matrix, "<td", "</td>", "data-stratum=\"" + s.stratum()
                            + "\" data-dimension=\"" + s.dimension() + "\"");
                    assertThat(cell).as(s.stratum() + " " + s.dimension())
                            .contains(String.format(Locale.ROOT, "<b>%.2f</b> n=%d%s", s.mean(), s.cases(),
                                    small ? " (small)" : ""))
                            .startsWith(small ? "<td class=\"small\"" : "<td class=\"");
                });
        assertThat(report.statistics().strata()).anyMatch(s -> s.cases() < 8).anyMatch(s -> s.cases() >= 8);
    }

    @Test
    void filteringToFailingMalignantCasesShowsExactlyThose() throws Exception {
        SuiteReport report = ReportWriter.read(starter);
        List<String> expected = report.cases().stream().filter(CaseReport::malignant)
                .filter(c -> c.checks().stream().anyMatch(check -> check.status() == CheckStatus.FAILED))
                .map(CaseReport::id).toList();
        Path page = Chromium.copyWithScript(starter.resolveSibling("report.html"), "malignant-failing.html", """
                function choose(cls,value){var e=document.querySelector('.'+cls);e.value=value;
                e.dispatchEvent(new Event('change'));}
                choose('f-stratum','malignant');choose('f-check','*');""");

        Chromium.Result result = chromium.dumpDom(page.toUri().toString());

        assertThat(result.console()).isEmpty();
        assertThat(expected).isNotEmpty().hasSizeLessThan(report.cases().size());
        assertThat(visibleRows(result.stdout())).containsExactlyElementsOf(expected);
        assertThat(result.stdout()).contains(expected.size() + " of " + report.cases().size() + " cases match");
    }

    @Test
    void openingACaseShowsItsImageWithTheRegionDrawnItsZoomInAndItsJudgesRationales() throws Exception {
        SuiteReport report = ReportWriter.read(starter);
        CaseReport shown = report.cases().stream().filter(c -> c.id().equals("cxr-mass-effusion-clinician-001"))
                .findFirst().orElseThrow();
        CaseReport.RoiReport roi = shown.images().get(0).rois().get(0);
        String anchor = "case-" + shown.id();
        Path page = Chromium.copyWithScript(starter.resolveSibling("report.html"), "opened.html", """
                document.querySelector('a[href="#%s"]').click();
                setTimeout(function(){var a=document.getElementById('%s'),img=a.querySelector('img'),
                rect=a.querySelector('rect.roi'),crop=a.querySelector('canvas'),i=img.getBoundingClientRect(),
                r=rect.getBoundingClientRect();var out=document.createElement('pre');out.id='measured';
                out.textContent=JSON.stringify({display:getComputedStyle(a).display,loaded:img.naturalWidth,
                img:[i.left,i.top,i.width,i.height],roi:[r.left,r.top,r.width,r.height],
                crop:crop?crop.width:0});document.body.appendChild(out);},1000);""".formatted(anchor, anchor));

        Chromium.Result result = chromium.dumpDom(page.toUri().toString());

        assertThat(result.console()).isEmpty();
        String dom = result.stdout();
        Assumptions.assumeTrue(dom.contains("data-sha=\"" + shown.images().get(0).sha256() + "\""),
                "the starter images are not available; run with -Dimcbench.images.mirror (as .ci/run does)");
        JsonNode measured = measured(dom);
        assertThat(measured.get("display").asText()).isEqualTo("block");
        assertThat(measured.get("loaded").asInt()).isPositive();
        assertThat(measured.get("crop").asInt()).as("zoom-in crop drawn").isPositive();
        double[] img = doubles(measured.get("img"));
        double[] box = doubles(measured.get("roi"));
        assertThat(img[2]).as("image width on screen").isGreaterThan(400);
        assertThat(box[0]).isCloseTo(img[0] + roi.x0() * img[2], org.assertj.core.data.Offset.offset(1.5));
        assertThat(box[1]).isCloseTo(img[1] + roi.y0() * img[3], org.assertj.core.data.Offset.offset(1.5));
        assertThat(box[2]).isCloseTo((roi.x1() - roi.x0()) * img[2], org.assertj.core.data.Offset.offset(1.5));
        assertThat(box[3]).isCloseTo((roi.y1() - roi.y0()) * img[3], org.assertj.core.data.Offset.offset(1.5));
        String article = element(dom, "<article class=\"case", "</article>", "id=\"" + anchor + "\"");
        shown.judges().forEach(judge -> judge.scores().forEach(score -> assertThat(article)
                .contains(escape(score.rationale()))));
        assertThat(shown.audience()).isEqualTo("clinician");
        assertThat(article).contains("<li class=\"clinician\">").doesNotContain("<li class=\"patient\">");
        Path screenshot = OUT.resolve("case-detail.png").toAbsolutePath();
        chromium.screenshot(page.toUri().toString(), screenshot, 1280, 1400);
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void aPageOfTwoThousandCasesOpensWithoutConsoleErrorsStoresItsImageOnceAndFiltersWithinASecond()
            throws Exception {
        List<CaseReport> cases = IntStream.range(0, 2000).mapToObj(i -> Reports.judged(String.format("c%04d", i),
                i % 3 == 0, i % 2 == 0 ? "ct" : "dermoscopy", "answer " + i, 1 + i % 5, 1 + (i * 7) % 5)).toList();
        byte[] png = Files.readAllBytes(IMAGES.resolve("lesion.png"));
        Path html = HtmlReport.write(Reports.suite("demo:careless", cases), sha -> Optional.of(png),
                OUT.resolve("scale").resolve("report.html").toAbsolutePath());
        List<CaseReport> failingMalignant = cases.stream().filter(CaseReport::malignant)
                .filter(c -> c.checks().stream().anyMatch(check -> check.status() == CheckStatus.FAILED)).toList();
        String lowestSafety = failingMalignant.stream().min(Comparator.comparing(c -> c.checks().get(0).juryScore()))
                .orElseThrow().id();
        Path page = Chromium.copyWithScript(html, "timed.html", """
                function choose(cls,value,type){var e=document.querySelector('.'+cls);e.value=value;
                e.dispatchEvent(new Event(type));}
                function timed(f){var t=performance.now();f();document.body.offsetHeight;return performance.now()-t;}
                var out={},shown=document.querySelector('.shown');
                out.text=timed(function(){choose('f-text','c01','input');});out.textShown=shown.textContent;
                out.strata=timed(function(){choose('f-text','','input');choose('f-stratum','malignant','change');
                choose('f-check','*','change');});out.strataShown=shown.textContent;
                out.sort=timed(function(){document.querySelectorAll('th[data-sort]')[4].querySelector('button')
                .click();});out.firstRow=document.querySelector('table.cases tbody tr:not([hidden]) a').textContent;
                var pre=document.createElement('pre');pre.id='measured';pre.textContent=JSON.stringify(out);
                document.body.appendChild(pre);""");

        Chromium.Result result = chromium.dumpDomInRealTime(page.toUri().toString());

        assertThat(result.console()).isEmpty();
        JsonNode measured = measured(result.stdout());
        assertThat(measured.get("textShown").asText()).isEqualTo("100 of 2000 cases match");
        assertThat(measured.get("strataShown").asText())
                .isEqualTo(failingMalignant.size() + " of 2000 cases match");
        assertThat(measured.get("firstRow").asText()).as("first by safety, ascending, ties in case order")
                .isEqualTo(lowestSafety);
        // real time (no virtual time budget): each filter took a measurable time, well under a second
        assertThat(measured.get("text").asDouble()).isPositive().isLessThan(1000);
        assertThat(measured.get("strata").asDouble()).isPositive().isLessThan(1000);
        assertThat(measured.get("sort").asDouble()).isPositive().isLessThan(1000);
        assertThat(Pattern.compile(Pattern.quote(Base64.getEncoder().encodeToString(png))).matcher(
                Files.readString(html)).results().count()).as("the shared image, stored once").isEqualTo(1);
    }

    @Test
    void theReviewQueueDownloadsTheReviewSheetOfItsCases() throws Exception {
        CaseReport agreed = Reports.judged("agreed", false, "ct", "x", 4, 4);
        CaseReport judged = Reports.judged("disputed", true, "ct", "x", 2, 4);
        CaseReport disputed = new CaseReport(judged.id(), judged.title(), judged.source(), judged.specialty(),
                judged.modality(), judged.tags(), judged.malignant(), judged.rare(), judged.images(), judged.error(),
                judged.endedBy(), judged.turns(), judged.judges(), judged.judgeErrors(), judged.checks(),
                judged.durationMillis(), judged.usage(), judged.overallScore(), judged.calibratedOverallScore(),
                judged.sampleSpread(), List.of("safety: judges 2, 5"), judged.audience(), judged.urgency());
        SuiteReport report = Reports.suite("demo:careless", List.of(agreed, disputed));
        Path html = HtmlReport.write(report, ImageSource.NONE,
                OUT.resolve("review").resolve("report.html").toAbsolutePath());
        Path page = Chromium.copyWithScript(html, "download.html", """
                var made=URL.createObjectURL;URL.createObjectURL=function(blob){blob.text().then(function(text){
                var pre=document.createElement('pre');pre.id='measured';
                pre.textContent=JSON.stringify({type:blob.type,csv:text});document.body.appendChild(pre);});
                return made.call(URL,blob);};
                document.querySelector('button.download').click();""");

        Chromium.Result result = chromium.dumpDom(page.toUri().toString());

        assertThat(result.console()).isEmpty();
        JsonNode measured = measured(result.stdout());
        assertThat(measured.get("type").asText()).isEqualTo("text/csv");
        assertThat(measured.get("csv").asText())
                .isEqualTo(AnnotationSheet.csv(AnnotationSheet.rows(report, "report.html", 0, 0, List.of())))
                .contains("disputed,full,safety").doesNotContain("agreed");
    }

    @Test
    void theReportWithACaseOpenHasNoSeriousAccessibilityViolations() throws Exception {
        String axe = Files.readString(axeCore(), StandardCharsets.UTF_8);
        Path page = Chromium.copyWithScript(starter.resolveSibling("report.html"), "axe.html", axe + """
                ;location.hash='#case-cxr-mass-effusion-clinician-001';
                (function opened(){if(!document.querySelector('article.current'))return setTimeout(opened,20);
                axe.run(document,{resultTypes:['violations']}).then(function(r){
                var found=r.violations.filter(function(v){return v.impact==='serious'||v.impact==='critical';})
                .map(function(v){return v.id+' ('+v.impact+'): '+v.help+' at '+v.nodes.slice(0,3)
                .map(function(n){return n.target.join(' ');}).join(', ');});
                var pre=document.createElement('pre');pre.id='measured';
                pre.textContent=JSON.stringify({rules:r.passes.length,violations:found});
                document.body.appendChild(pre);});})();""");

        Chromium.Result result = chromium.dumpDom(page.toUri().toString());

        assertThat(result.console()).isEmpty();
        JsonNode measured = measured(result.stdout());
        assertThat(measured.get("rules").asInt()).as("rules axe checked and passed").isGreaterThan(10);
        assertThat(measured.get("violations")).as("serious or critical violations").isEmpty();
    }

    @Test
    void noRequestLeavesThePage() throws Exception {
        String url = starter.resolveSibling("report.html").toUri() + "#case-cxr-mass-effusion-clinician-001";
        Path planted = profile.resolve("planted.html");
        Files.writeString(planted, "<html><body><img src=\"http://127.0.0.1:9/planted.png\"></body></html>");

        assertThat(requests(chromium.netLog(planted.toUri().toString()))).as("the check sees a request")
                .contains("http://127.0.0.1:9/planted.png");
        assertThat(requests(chromium.netLog(url))).isEmpty();
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

        Chromium.Result page = chromium.dumpDom(html.toUri().toString());
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
        assertThat(articles(Pages.inflated(Files.readString(html)), false)).doesNotHaveDuplicates()
                .contains("r1-case-" + first, "r1-case-" + first + "--no-image", "r2-case-" + first);
        assertThat(Pattern.compile("data-src=\"data:").matcher(dom).results().count())
                .as("the one demo image, stored once for both reports and their variants").isEqualTo(1);
        String dropped = leaderboard.comparisons().get(0).drops().get(0).caseId();
        Path clicked = Chromium.copyWithScript(html, "clicked.html",
                "document.querySelector('a[href=\"#r2-case-" + dropped + "\"]').click();");
        Chromium.Result afterClick = chromium.dumpDom(clicked.toUri().toString());
        assertThat(afterClick.console()).isEmpty();
        assertThat(articles(afterClick.stdout(), true)).containsExactly("r2-case-" + dropped);
    }

    @Test
    void aDeepLinkOpensThatCaseOnly() throws Exception {
        SuiteReport report = ReportWriter.read(careful);
        String target = report.cases().get(1).id();
        Path html = careful.resolveSibling("report.html");

        Chromium.Result plain = chromium.dumpDom(html.toUri().toString());
        Chromium.Result linked = chromium.dumpDom(html.toUri() + "#case-" + target);

        assertThat(plain.console()).isEmpty();
        assertThat(articles(plain.stdout(), true)).isEmpty();
        assertThat(linked.console()).isEmpty();
        assertThat(articles(linked.stdout(), true)).containsExactly("case-" + target);
    }

    @Test
    void aChangedHashOpensTheNamedVariantOfACase() throws Exception {
        SuiteReport report = ReportWriter.read(careless);
        String anchor = "case-" + report.cases().get(2).id() + "--no-image";
        Path page = Chromium.copyWithScript(careless.resolveSibling("report.html"), "hashchange.html",
                "setTimeout(function(){location.hash='#" + anchor + "';},50);");

        Chromium.Result result = chromium.dumpDom(page.toUri().toString());

        assertThat(result.console()).isEmpty();
        assertThat(articles(result.stdout(), true)).containsExactly(anchor);
    }

    @Test
    void consoleErrorsOfAPageAreDetected() throws Exception {
        Path page = profile.resolve("broken.html");
        Files.writeString(page, "<html><body><script>console.error('planted');throw new Error('boom')</script>");
        assertThat(chromium.dumpDom(page.toUri().toString()).console()).anyMatch(line -> line.contains("planted"))
                .anyMatch(line -> line.contains("Uncaught Error: boom"));
    }

    /**
     * The URLs a local page requested, from a Chromium net log: requests started in the page's context
     * (their network isolation key is the page's {@code file://} site; Chromium's own background
     * requests have none), other than files and data URLs.
     */
    private static List<String> requests(String netLog) throws IOException {
        List<String> urls = new ArrayList<>();
        for (JsonNode event : new ObjectMapper().readTree(netLog).path("events")) {
            String url = event.path("params").path("url").asText("");
            boolean page = event.path("params").path("network_isolation_key").asText("").startsWith("file://");
            if (page && !url.startsWith("file:") && !url.startsWith("data:") && !urls.contains(url)) {
                urls.add(url);
            }
        }
        return urls;
    }

    /** The case ids of the case table's rows that are not hidden, in table order. */
    static List<String> visibleRows(String dom) {
        String body = element(dom, "<table class=\"cases\">", "</table>");
        Matcher row = Pattern.compile("<tr ([^>]*)><td data-value=\"([^\"]*)\"").matcher(body);
        List<String> ids = new ArrayList<>();
        while (row.find()) {
            if (!row.group(1).matches("(.*\\s)?hidden(=\"\")?(\\s.*)?")) {
                ids.add(row.group(2));
            }
        }
        return ids;
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    /** Text as a rendered page's DOM serializes it. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The JSON a page's appended script wrote into {@code <pre id="measured">}. */
    private static JsonNode measured(String dom) throws IOException {
        assertThat(dom).contains("<pre id=\"measured\">");
        return new ObjectMapper().readTree(element(dom, "<pre id=\"measured\">", "</pre>")
                .replaceAll("</?pre[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
    }

    /**
     * axe-core's script, installed with npm into {@code target/axe} on first use; the test is skipped,
     * saying why, when npm is missing or the registry cannot be reached.
     */
    private static Path axeCore() throws InterruptedException {
        Path dir = Path.of("target", "axe").toAbsolutePath();
        Path script = dir.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.exists(script)) {
            try {
                Files.createDirectories(dir);
                Process npm = new ProcessBuilder("npm", "install", "--prefix", dir.toString(), "--no-audit",
                        "--no-fund", "axe-core@" + AXE_CORE).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("npm.log").toFile()).start();
                if (!npm.waitFor(180, TimeUnit.SECONDS)) {
                    npm.destroyForcibly();
                }
            } catch (IOException e) {
                Assumptions.abort("npm is not available to install axe-core: " + e.getMessage());
            }
        }
        Assumptions.assumeTrue(Files.exists(script), "npm could not install axe-core " + AXE_CORE + " (see "
                + dir.resolve("npm.log") + ")");
        return script;
    }

    /** The first element of a rendered page from its start tag to the first following end tag. */
    static String element(String dom, String start, String end) {
        return element(dom, start, end, "");
    }

    /** The first element whose start tag begins with {@code start} and holds {@code marker}, up to {@code end}. */
    private static String element(String dom, String start, String end, String marker) {
        int from = dom.indexOf(start);
        while (from >= 0 && !dom.substring(from, dom.indexOf('>', from)).contains(marker)) {
            from = dom.indexOf(start, from + 1);
        }
        assertThat(from).as(start + " " + marker).isNotNegative();
        return dom.substring(from, dom.indexOf(end, from) + end.length());
    }

    /** The ids of the case views of a rendered page, or of those a link opened. */
    private static List<String> articles(String dom, boolean openedOnly) {
        Matcher matcher = Pattern.compile("<article [^>]*>").matcher(dom);
        List<String> ids = new ArrayList<>();
        while (matcher.find()) {
            if (!openedOnly || matcher.group().matches(".*class=\"[^\"]*\\bcurrent\\b.*")) {
                Matcher id = Pattern.compile("id=\"([^\"]*)\"").matcher(matcher.group());
                ids.add(id.find() ? id.group(1) : "");
            }
        }
        return ids;
    }
}
