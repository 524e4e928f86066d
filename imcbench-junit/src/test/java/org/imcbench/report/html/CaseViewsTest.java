package org.imcbench.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imcbench.report.CaseReport;
import org.imcbench.report.Reports;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case views rendered while a suite runs, in the order its cases finish and on several threads, make the
 * same page as views rendered when it finishes, and the case index finds each view in its chunk.
 */
class CaseViewsTest {
    private static final Pattern VIEW = Pattern.compile("(?s)<article[^>]*\\bid=\"(case-[^\"]+)\".*?</article>");
    private static final Pattern INDEX = Pattern.compile(
            "<script type=\"application/json\" class=\"case-index\" data-prefix=\"\">([^<]*)</script>");
    private static final ImageSource IMAGES = sha256 -> Optional.of(new byte[] {1, 2, 3});

    @TempDir
    Path dir;

    @Test
    void viewsRenderedAsCasesFinishMakeTheSamePageAsViewsRenderedAtTheEnd() throws Exception {
        List<CaseReport> cases = cases(250);
        SuiteReport report = Reports.suite("demo:careful", cases);
        CaseViews views = CaseViews.start(dir.resolve("case-views.part"), List.of(), IMAGES);
        addShuffledFromFourThreads(views, cases);

        Path file = HtmlReport.write(report, views, dir.resolve("report.html"));
        String page = Files.readString(file);
        views.close();

        assertThat(viewsById(Pages.inflated(page))).isEqualTo(viewsById(Pages.page(report, IMAGES)))
                .hasSize(250);
        List<String> chunks = Pages.chunks(page);
        assertThat(chunks).hasSize(3);
        JsonNode rows = index(page).get("cases");
        int elsewhere = 0;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            assertThat(chunks.get(row.get(13).asInt())).contains("id=\"case-" + row.get(0).asText() + "\"");
            elsewhere += row.get(13).asInt() == i / ViewChunks.SIZE ? 0 : 1;
        }
        assertThat(elsewhere).as("views in the chunks of the order the cases finished in").isPositive();
        assertThat(page).contains("data-sha=\"ab12\"");
        assertThat(dir.resolve("case-views.part")).doesNotExist();
    }

    @Test
    void aPageWhoseCasesAreNotTheViewsCasesRendersItsViewsItself() throws Exception {
        List<CaseReport> cases = cases(120);
        CaseViews views = CaseViews.start(dir.resolve("case-views.part"), List.of(), IMAGES);
        cases.subList(0, 119).forEach(views::add);

        String page = Files.readString(HtmlReport.write(Reports.suite("demo:careful", cases), views,
                dir.resolve("report.html")));
        views.close();

        assertThat(viewsById(Pages.inflated(page))).hasSize(120).containsKey("case-c119");
        JsonNode rows = index(page).get("cases");
        assertThat(rows.get(119).get(13).asInt()).isEqualTo(1);
        assertThat(Pages.chunks(page).get(1)).contains("id=\"case-c119\"");
    }

    @Test
    void viewsOfOtherVariantsAreNotUsed() throws Exception {
        List<CaseReport> cases = cases(3);
        CaseViews views = CaseViews.start(dir.resolve("case-views.part"), List.of("no-image"), IMAGES);
        cases.forEach(views::add);

        String page = Files.readString(HtmlReport.write(Reports.suite("demo:careful", cases), views,
                dir.resolve("report.html")));
        views.close();

        assertThat(Pages.inflated(page)).doesNotContain("Ablation variants:");
    }

    @Test
    void aCaseHasOneViewAndNoneAfterThePageIsWritten() {
        List<CaseReport> cases = cases(2);
        CaseViews views = CaseViews.start(dir.resolve("case-views.part"), List.of(), IMAGES);
        views.add(cases.get(0));

        assertThatThrownBy(() -> views.add(cases.get(0))).isInstanceOf(IllegalStateException.class)
                .hasMessage("case c000 has a view already");
        HtmlReport.write(Reports.suite("demo:careful", cases.subList(0, 1)), views, dir.resolve("report.html"));
        assertThatThrownBy(() -> views.add(cases.get(1))).isInstanceOf(IllegalStateException.class)
                .hasMessage("case c001 finished after the report page was written");
        views.close();
    }

    private static List<CaseReport> cases(int count) {
        List<CaseReport> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(Reports.judged(String.format("c%03d", i), i % 3 == 0, "ct", "answer <" + i + "> & more", 4,
                    i % 5));
        }
        return cases;
    }

    private static void addShuffledFromFourThreads(CaseViews views, List<CaseReport> cases) throws Exception {
        List<CaseReport> finishing = new ArrayList<>(cases);
        Collections.shuffle(finishing, new Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> added = new ArrayList<>();
            finishing.forEach(c -> added.add(pool.submit(() -> views.add(c))));
            for (Future<?> future : added) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, String> viewsById(String inflatedPage) {
        Map<String, String> views = new LinkedHashMap<>();
        Matcher view = VIEW.matcher(inflatedPage);
        while (view.find()) {
            views.put(view.group(1), view.group());
        }
        return new java.util.TreeMap<>(views);
    }

    private static JsonNode index(String page) throws Exception {
        Matcher block = INDEX.matcher(page);
        assertThat(block.find()).isTrue();
        return new ObjectMapper().readTree(block.group(1));
    }
}
