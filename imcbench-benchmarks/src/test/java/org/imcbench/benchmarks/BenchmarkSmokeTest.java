package org.imcbench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's smoke run, as in CI: 16 cases against a 20 ms endpoint, every row of the table produced and
 * the runs completed. Timings are not asserted (the machine is shared); the calls are.
 */
class BenchmarkSmokeTest {
    private static final int CASES = 16;

    @Test
    void producesEveryRowAndCompletes(@TempDir Path out) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.from(smokeProperties(out));
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        ResultTable table = new Benchmark(options, new PrintStream(log, true, StandardCharsets.UTF_8)).run();

        List<String> measures = table.rows().stream().map(ResultTable.Row::measure).toList();
        assertThat(measures).hasSize(16);
        for (String label : List.of(Measures.CALIBRATION, Measures.ENGINE_TIME, Measures.ENGINE_FLOOR,
                Measures.MVN_TEST, Measures.MVN_FLOOR, Measures.PEAK_RSS, Measures.MAIN_HEAP, Measures.SMALL_HEAP,
                Measures.HEAP_AFTER_DISCOVERY, Measures.DISCOVERY, Measures.DISCOVERY_FLOOR, Measures.REPORT_SIZE,
                Measures.CPU_PER_CASE, Measures.PROMPTFOO)) {
            assertThat(measures).as(label).anyMatch(measure -> measure.startsWith(label));
        }
        // 16 cases of 4 model turns: 4 model + 3 patient + 1 judge calls each, all answered, in both engine runs
        assertThat(row(table, Measures.MAIN_HEAP).measured()).as(log.toString(StandardCharsets.UTF_8))
                .isEqualTo("completes (128 calls)");
        assertThat(row(table, Measures.SMALL_HEAP).measured()).isEqualTo("completes (128 calls)");
        // one wave of 16 ≤ 64 cases, 8 rounds of 20 ms
        assertThat(row(table, Measures.ENGINE_TIME).bound()).isEqualTo("0.16 s");
        assertThat(row(table, Measures.CALIBRATION).bound()).isEqualTo("0.16 s");
        assertThat(row(table, Measures.ENGINE_TIME).ratio()).isNotEmpty();
        // the floors: the minimal client made its calls and has a ratio; the floor engine found as many tests as
        // the engine
        assertThat(row(table, Measures.ENGINE_FLOOR).bound()).isEqualTo("0.16 s");
        assertThat(row(table, Measures.ENGINE_FLOOR).ratio()).as(log.toString(StandardCharsets.UTF_8)).isNotEmpty();
        assertThat(row(table, Measures.DISCOVERY_FLOOR).measured()).contains("16 cases, 64 tests");
        assertThat(testsIn(row(table, Measures.DISCOVERY))).isEqualTo(testsIn(row(table, Measures.DISCOVERY_FLOOR)));
        assertThat(row(table, Measures.MVN_FLOOR).measured()).startsWith("not measured");
        assertThat(table.markdown()).contains("| " + Measures.PEAK_RSS + ", 16 cases | ",
                "| " + Measures.PEAK_RSS + " (-Xmx256m), 16 cases | ",
                "| " + Measures.ENGINE_TIME + " (-Xmx256m), 16 cases | ");
    }

    @Test
    void withoutExecutionMeasuresTheDiscoveryAlone(@TempDir Path out) throws Exception {
        Properties properties = smokeProperties(out);
        properties.setProperty("bench.execute", "false");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        ResultTable table = new Benchmark(BenchmarkOptions.from(properties),
                new PrintStream(log, true, StandardCharsets.UTF_8)).run();

        assertThat(table.rows()).extracting(ResultTable.Row::measure).containsExactly(
                Measures.HEAP_AFTER_DISCOVERY + ", 16 cases", Measures.DISCOVERY + ", 16 cases",
                Measures.DISCOVERY_FLOOR + ", 16 cases");
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.ratio()).as(log.toString(StandardCharsets.UTF_8))
                .isNotEmpty());
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("discovered 16 cases");
        // the probe stopped after discovery: no reports, no execution figures
        assertThat(EngineFork.reportHtml(out.resolve("run-discovery/reports"))).isEmpty();
        assertThat(java.nio.file.Files.readString(out.resolve("run-discovery/result.json")))
                .contains("\"execution\" : null");
    }

    private static Properties smokeProperties(Path out) {
        Properties properties = new Properties();
        properties.setProperty("bench.cases", Integer.toString(CASES));
        properties.setProperty("bench.latency", "20ms");
        properties.setProperty("bench.out", out.toString());
        String mirror = System.getProperty("imcbench.images.mirror");
        if (mirror != null) {
            properties.setProperty("imcbench.images.mirror", mirror);
        }
        return properties;
    }

    /** The number of tests a discovery row's note gives ({@code ..., 64 tests)}). */
    private static int testsIn(ResultTable.Row row) {
        Matcher tests = Pattern.compile("(\\d+) tests\\)").matcher(row.measured());
        assertThat(tests.find()).as(row.measured()).isTrue();
        return Integer.parseInt(tests.group(1));
    }

    private static ResultTable.Row row(ResultTable table, String label) {
        return table.rows().stream().filter(row -> row.measure().startsWith(label)).findFirst().orElseThrow();
    }
}
