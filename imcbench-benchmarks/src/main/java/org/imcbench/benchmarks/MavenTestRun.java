package org.imcbench.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "whole {@code mvn test}" measure: a team's project as README.md sets it up (the pom of
 * {@code .ci/consumer-project}, JUnit 6.1.3) whose one {@code @ImcBenchSuite} runs the generated cases with
 * the harness's configuration in {@code junit-platform.properties}, built with {@code ./mvnw test} against
 * IMCBench artifacts staged in a local repository of their own (never the shared {@code ~/.m2}); its wall
 * time includes Maven's start, compilation and Surefire's fork.
 */
public final class MavenTestRun {
    private static final String JUNIT = "6.1.3";
    private static final Pattern VERSION = Pattern.compile("(?m)^  <version>([^<]+)</version>");

    private MavenTestRun() {
    }

    /**
     * The outcome of the build.
     *
     * @param wall the build's wall time
     * @param exitCode Maven's exit code (−1: killed after the timeout)
     * @param log Maven's output
     */
    public record Outcome(Duration wall, int exitCode, Path log) {
    }

    /** Why a {@code mvn test} cannot be run from here: no checkout above the working directory, or nothing staged. */
    public static Optional<String> unavailable(Path m2) {
        Optional<Path> repo = checkout();
        if (repo.isEmpty()) {
            return Optional.of("no checkout (mvnw and .ci/consumer-project) at or above " + Path.of("").toAbsolutePath());
        }
        if (!Files.isDirectory(m2.resolve("org/imcbench/imcbench-junit"))) {
            return Optional.of("no IMCBench artifacts staged in " + m2 + "; stage them first (docs/performance.md)");
        }
        return Optional.empty();
    }

    /** Builds the project in {@code dir} for the cases in {@code cases}; see {@link #unavailable(Path)} first. */
    public static Outcome run(Path cases, Map<String, String> config, Path dir, Path m2, Duration timeout)
            throws IOException, InterruptedException {
        return build(dir, m2, timeout, "BenchSuiteTest", """
                package bench;

                import org.imcbench.engine.ImcBenchSuite;

                /** The generated cases of the performance harness. */
                @ImcBenchSuite(cases = "%s")
                class BenchSuiteTest {
                }
                """.formatted(cases.toString().replace("\\", "\\\\")), config);
    }

    /**
     * Builds the same project in {@code dir} with one plain JUnit Jupiter test that does nothing in place of the
     * suite: what Maven, its plugins, the compilation, Surefire's fork and the JUnit Platform take whatever the
     * engine does; see {@link #unavailable(Path)} first.
     */
    public static Outcome runWithoutCases(Path dir, Path m2, Duration timeout) throws IOException, InterruptedException {
        return build(dir, m2, timeout, "NothingTest", """
                package bench;

                import org.junit.jupiter.api.Test;

                /** No case: the fixed cost of the build around the suite. */
                class NothingTest {
                    @Test
                    void nothing() {
                    }
                }
                """, Map.of());
    }

    private static Outcome build(Path dir, Path m2, Duration timeout, String testClass, String testSource,
            Map<String, String> config) throws IOException, InterruptedException {
        Path repo = checkout().orElseThrow();
        String version = version(repo);
        Files.createDirectories(dir.resolve("src/test/java/bench"));
        Files.createDirectories(dir.resolve("src/test/resources"));
        String pom = Files.readString(repo.resolve(".ci/consumer-project/pom.xml"))
                .replace("@JUNIT_JUPITER_VERSION@", JUNIT).replace("@IMCBENCH_VERSION@", version);
        Files.writeString(dir.resolve("pom.xml"), pom);
        Files.writeString(dir.resolve("src/test/java/bench/" + testClass + ".java"), testSource);
        Properties properties = new Properties();
        properties.putAll(config);
        try (Writer out = Files.newBufferedWriter(dir.resolve("src/test/resources/junit-platform.properties"))) {
            properties.store(out, "the performance harness's configuration");
        }
        Path log = dir.resolve("mvn-test.log");
        String mvnw = repo.resolve(isWindows() ? "mvnw.cmd" : "mvnw").toString();
        Path tail = Path.of(System.getProperty("user.home"), ".m2", "repository");
        List<String> command = List.of(mvnw, "-B", "-ntp", "-Dmaven.repo.local=" + m2,
                "-Dmaven.repo.local.tail=" + tail, "test");
        ChildProcess.Exit exit = ChildProcess.run(command, dir.toFile(), log, timeout);
        return new Outcome(exit.wall(), exit.code(), log);
    }

    private static Optional<Path> checkout() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve(".ci/consumer-project/pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static String version(Path repo) throws IOException {
        Matcher matcher = VERSION.matcher(Files.readString(repo.resolve("pom.xml")));
        if (!matcher.find()) {
            throw new IOException("no <version> in " + repo.resolve("pom.xml"));
        }
        return matcher.group(1);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
