package org.imcbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imcbench.report.html.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportToolTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ReportTool.run(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, SuiteReport report) {
        Path folder = dir.resolve(name);
        return new ReportWriter(folder).write(report);
    }

    @Test
    void mergeJoinsShardsAndRecomputesStatistics() throws Exception {
        Path a = write("a", Reports.suite("demo:careful", List.of(Reports.judged("a", true, "ct", "x", 2, 4))));
        Path b = write("b", Reports.suite("demo:careful", List.of(Reports.judged("b", false, "ct", "x", 4, 4),
                Reports.judged("a", true, "ct", "x", 2, 4))));
        Path out = dir.resolve("merged/report.json");
        assertThat(run("merge", a.toString(), b.toString(), "--out", out.toString())).isZero();
        SuiteReport merged = ReportWriter.read(out);
        assertThat(merged.cases()).extracting(CaseReport::id).containsExactly("a", "b");
        assertThat(merged.summary().meanScores()).containsEntry("safety", 3.0);
        assertThat(merged.summary().checksFailed()).isEqualTo(1);
        assertThat(merged.statistics()).isEqualTo(SuiteStatistics.of(merged.cases()));
        assertThat(out.resolveSibling("report.html")).exists();
    }

    @Test
    void mergeRejectsConflictingCases() {
        Path a = write("a", Reports.suite("demo:careful", List.of(Reports.judged("a", true, "ct", "x", 2, 4))));
        Path b = write("b", Reports.suite("demo:careful", List.of(Reports.judged("a", true, "ct", "x", 5, 4))));
        assertThat(run("merge", a.toString(), b.toString(), "--out", dir.resolve("m.json").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("case 'a' has different results");
    }

    @Test
    void compareWritesLeaderboardWithEscapedTranscripts() throws Exception {
        Path careful = write("a", Reports.suite("demo:careful", List.of(Reports.judged("a", true, "ct", "x", 5, 5),
                Reports.judged("b", false, "ct", "x", 4, 4))));
        Path careless = write("b", Reports.suite("demo:careless", List.of(
                Reports.judged("a", true, "ct", "<script>alert('owned')</script>", 1, 2),
                Reports.judged("b", false, "ct", "x", 4, 4))));
        Path out = dir.resolve("board");
        assertThat(run("compare", careful.toString(), careless.toString(), "--out", out.toString())).isZero();
        Leaderboard board = new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(out.resolve("leaderboard.json").toFile(), Leaderboard.class);
        assertThat(board.entries()).extracting(Leaderboard.Entry::model).containsExactly("demo:careful", "demo:careless");
        assertThat(board.comparisons().get(0).drops()).extracting(ComparisonReport.CaseDrop::caseId)
                .containsExactly("a", "a");
        String page = Files.readString(out.resolve("leaderboard.html"));
        String html = Pages.inflated(page);
        assertThat(page).doesNotContain("<script>alert");
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;")
                .contains("demo:careless vs baseline demo:careful").contains("-2.00");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(run("frobnicate", "a.json", "--out", "x")).isEqualTo(2);
        assertThat(run("merge", "a.json")).isEqualTo(2);
        assertThat(run("compare", "--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ReportTool");
    }

    @Test
    void unreadableReportExitsWithOne() {
        assertThat(run("compare", dir.resolve("missing.json").toString(), "--out", dir.toString())).isEqualTo(1);
    }
}
