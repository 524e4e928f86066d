package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * Case files built to break a parser — 10,000 levels of nesting, a 2,000-digit number, a 21 MB
 * string — sit beside three valid cases: discovery goes on, each hostile file becomes its own
 * failing invalid-case test with a clear message and a source whose line is positive, and the valid
 * cases run (issue 17, item 4).
 */
class HostileCaseFilesEngineTest {
    private static final String VALID = "src/test/resources/engine/cases";
    private static final int MB = 1024 * 1024;

    @TempDir
    Path suite;
    @TempDir
    Path reportDir;

    @BeforeEach
    void writeTheSuite() throws IOException {
        Files.createDirectories(suite.resolve("images"));
        Files.copy(Path.of(VALID, "images/lesion.png"), suite.resolve("images/lesion.png"));
        try (Stream<Path> cases = Files.list(Path.of(VALID))) {
            for (Path file : cases.filter(path -> path.toString().endsWith(".json")).toList()) {
                Files.copy(file, suite.resolve(file.getFileName()));
            }
        }
        Files.writeString(suite.resolve("deep.json"), "{\"id\": \"deep\", \"tags\": " + "[".repeat(10_000)
                + "]".repeat(10_000) + "}");
        Files.writeString(suite.resolve("long-number.json"), "{\"id\": \"long-number\", \"patient\": {\"age\": "
                + "9".repeat(2_000) + "}}");
        try (Writer out = Files.newBufferedWriter(suite.resolve("huge-string.json"), StandardCharsets.UTF_8)) {
            out.write("{\"id\": \"huge\", \"title\": \"");
            for (int i = 0; i < 21; i++) {
                out.write("x".repeat(MB));
            }
            out.write("\"}");
        }
    }

    @Test
    void eachHostileFileFailsAloneWithAClearMessageWhileTheValidCasesRun() {
        EngineExecutionResults results = imcbench(reportDir).selectors(selectDirectory(suite.toFile())).execute();

        results.testEvents().failed().assertThatEvents().hasSize(3)
                .haveExactly(1, event(test(), displayName("deep.json (invalid)"), finishedWithFailure(message(
                        name("deep.json") + ":1:88: beyond a limit of what is read: Document nesting depth (65) "
                                + "exceeds the maximum allowed (64, from "
                                + "`StreamReadConstraints.getMaxNestingDepth()`)"))))
                .haveExactly(1, event(test(), displayName("long-number.json (invalid)"), finishedWithFailure(
                        message(text -> text.startsWith(name("long-number.json") + ":1:")
                                && text.contains(": beyond a limit of what is read: Number value length")
                                && text.contains("exceeds the maximum allowed (64")))))
                .haveExactly(1, event(test(), displayName("huge-string.json (invalid)"), finishedWithFailure(message(
                        name("huge-string.json") + ":1:1: the case is larger than imcbench.cases.max-bytes (2097152 "
                                + "bytes); it was not read"))));
        results.testEvents().failed().stream().map(Event::getTestDescriptor)
                .forEach(descriptor -> assertThat(descriptor.getSource()).hasValueSatisfying(source ->
                        assertThat(((FileSource) source).getPosition().map(FilePosition::getLine))
                                .hasValueSatisfying(line -> assertThat(line).isPositive())));
        results.testEvents().succeeded().assertThatEvents()
                .haveExactly(1, event(test(), displayName("engine-melanoma › conversation"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("engine-naevus › conversation"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("engine-rare › conversation"), finishedSuccessfully()));
    }

    @Test
    void aRaisedSizeLimitStillStopsAStringLongerThanTheStringLimit() {
        EngineExecutionResults results = imcbench(reportDir)
                .configurationParameter("imcbench.cases.max-bytes", "64MB")
                .selectors(selectDirectory(suite.toFile())).execute();

        results.testEvents().failed().assertThatEvents()
                .haveExactly(1, event(test(), displayName("huge-string.json (invalid)"), finishedWithFailure(
                        message(text -> text.startsWith(name("huge-string.json") + ":1:")
                                && text.contains("beyond a limit of what is read: String value length")
                                && text.contains("exceeds the maximum allowed (1000000")))));
        assertThat(results.testEvents().succeeded().count()).isPositive();
    }

    private String name(String file) {
        return suite.resolve(file).toString().replace('\\', '/');
    }
}
