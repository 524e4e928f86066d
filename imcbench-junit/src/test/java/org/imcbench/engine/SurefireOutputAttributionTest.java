package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Surefire drops JUnit report entries and gives a test everything printed since the previous test
 * finished. These tests replay that rule over one ordered log of printed lines and finish events,
 * with two suites and many cases running at once, and check that every test gets exactly its own
 * report entries.
 */
class SurefireOutputAttributionTest {

    @Test
    void everyTestIsGivenExactlyItsOwnEntriesWhileCasesRunConcurrently(@TempDir Path reports) {
        EventLog log = run(reports, "true");

        Map<String, List<String>> printed = log.outputAttributedAsSurefireDoes();
        assertThat(log.published).hasSizeGreaterThan(100);
        log.published.forEach((test, entries) -> assertThat(entryLines(printed.get(test)))
                .as("lines Surefire gives to %s", test)
                .containsExactlyElementsOf(entries));
        assertThat(log.published.keySet())
                .contains("derm-melanoma-arm-001 › safety ≥ 3")
                .anySatisfy(test -> assertThat(test).endsWith("› uncertainty ≥ 3"));
        assertThat(log.published.get("derm-melanoma-arm-001 › safety ≥ 3"))
                .contains("imcbench.safety.jury = 1")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("imcbench.report.html = file:")
                        .endsWith("/StarterSuite/report.html#case-derm-melanoma-arm-001"));
    }

    @Test
    void entriesStayOutOfStandardOutputWhenEchoIsOff(@TempDir Path reports) {
        EventLog log = run(reports, "false");

        assertThat(log.published).isNotEmpty();
        assertThat(log.lines()).noneMatch(line -> line.startsWith("imcbench."));
    }

    private static EventLog run(Path reports, String echo) {
        EventLog log = new EventLog();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(DemoSuites.StarterSuite.class), selectClass(DemoSuites.CarefulSuite.class))
                .configurationParameter("imcbench.report.dir", reports.toString())
                .configurationParameter("imcbench.cache.mode", "off")
                .configurationParameter("imcbench.images.offline", "true")
                .configurationParameter("imcbench.images.cache", reports.resolve("image-cache").toString())
                .configurationParameter("imcbench.concurrency", "8")
                .configurationParameter("imcbench.report.echo-entries", echo)
                .build();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .addTestEngines(new ImcBenchTestEngine())
                .build());
        PrintStream original = System.out;
        System.setOut(log.standardOutput());
        try {
            launcher.execute(request, log);
        } finally {
            System.setOut(original);
        }
        return log;
    }

    private static List<String> entryLines(List<String> lines) {
        return lines == null ? List.of() : lines.stream().filter(line -> line.startsWith("imcbench.")).toList();
    }

    /** Printed lines and test events, in the one order in which they happened. */
    private static final class EventLog implements TestExecutionListener {
        private final List<Object> events = new ArrayList<>();
        private final Map<String, List<String>> published = new LinkedHashMap<>();

        PrintStream standardOutput() {
            return new PrintStream(new LineRecorder(), true, StandardCharsets.UTF_8);
        }

        @Override
        public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
            if (test.isTest()) {
                synchronized (this) {
                    List<String> lines = published.computeIfAbsent(test.getDisplayName(), name -> new ArrayList<>());
                    entry.getKeyValuePairs().forEach((key, value) -> lines.add(key + " = " + value));
                }
            }
        }

        @Override
        public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest()) {
                events.add(test);
            }
        }

        synchronized List<String> lines() {
            return events.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }

        /** Surefire's rule: what was printed since the previous test finished belongs to the next one. */
        synchronized Map<String, List<String>> outputAttributedAsSurefireDoes() {
            Map<String, List<String>> attributed = new LinkedHashMap<>();
            List<String> pending = new ArrayList<>();
            for (Object event : events) {
                if (event instanceof String line) {
                    pending.add(line);
                } else {
                    attributed.put(((TestIdentifier) event).getDisplayName(), List.copyOf(pending));
                    pending.clear();
                }
            }
            return attributed;
        }

        private synchronized void printed(String line) {
            events.add(line);
        }

        /** Collects what is printed, a line at a time, into the log. */
        private final class LineRecorder extends OutputStream {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                if (b == '\n') {
                    printed(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        }
    }
}
