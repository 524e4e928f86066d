package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, items 1 and 2: no image path, however written, opens a file outside the case file's
 * folder, the dataset root, the mirror and the cache. The target outside is a named pipe: opening it
 * for reading would block until the test times out, so a passing test proves it was never opened,
 * not merely that its bytes were refused afterwards.
 */
class ImageContainmentTest {
    private static final String TINY_SHA = "7729bbe1b7f3bc49454cd2c2cac83691f59d499f9af0c8f9d19165b4c5f1ff55";
    private static final Path TINY = Path.of("src/test/resources/cases/images/tiny-lesion.png");

    @TempDir
    Path temp;

    private Path suite;
    private Path outside;

    @BeforeEach
    void layout() throws Exception {
        suite = Files.createDirectories(temp.resolve("suite"));
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.copy(TINY, outside.resolve("x.png"));
        Process mkfifo = new ProcessBuilder("mkfifo", outside.resolve("fifo.png").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Files.createSymbolicLink(suite.resolve("link.png"), outside.resolve("fifo.png"));
        Files.createSymbolicLink(suite.resolve("linked"), outside);
        Files.createDirectories(suite.resolve("images"));
    }

    private ImageSettings settings(Optional<Path> mirror, Optional<Path> root) {
        return new ImageSettings(mirror, temp.resolve("cache"), true, root, ImageSettings.DEFAULT_MAX_BYTES, 2);
    }

    private static BenchmarkCase caseAt(URI source, String uri, String sha256) {
        return new BenchmarkCase("hostile", "t", "", "", List.of(), false, false,
                List.of(new CaseImage(uri, sha256, "image/png", "CC0-1.0", "test")),
                new PatientProfile(null, null, null, null, null, null, null, null), new Persona("", List.of()),
                new GroundTruth(new Finding("x", List.of()), null, null, null, null), ScriptedPlan.of("hi"), source);
    }

    private void assertRefusedUnopened(String uri, ImageSettings settings) {
        BenchmarkCase hostile = caseAt(suite.resolve("case.json").toUri(), uri, TINY_SHA);
        ImageResolver resolver = new ImageResolver(settings, u -> {
            throw new AssertionError("no download expected");
        });
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> resolver.resolve(hostile, hostile.images().get(0)))
                .isInstanceOfSatisfying(CaseFormatException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/images/0/uri");
                    assertThat(e.problem()).startsWith("refused image path " + uri + ": ");
                }), "the file outside the suite was opened");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside/fifo.png", "%2e%2e/outside/fifo.png", "%2E%2E%2Foutside%2Ffifo.png",
        "..\\outside\\fifo.png", "..%5Coutside%5Cfifo.png", "images/..\\../outside/fifo.png",
        "images/%2e%2e/%2e%2e/outside/fifo.png", "link.png", "linked/fifo.png", "linked%2Ffifo.png",
        "C:\\outside\\fifo.png"})
    void relativeFormsThatLeadOutsideAreRefusedBeforeOpening(String uri) {
        assertRefusedUnopened(uri, settings(Optional.empty(), Optional.empty()));
    }

    @Test
    void absolutePathsPlainAndEncodedAreRefusedBeforeOpening() {
        String absolute = outside.resolve("fifo.png").toString();
        assertRefusedUnopened(absolute, settings(Optional.empty(), Optional.empty()));
        assertRefusedUnopened("%2F" + absolute.substring(1), settings(Optional.empty(), Optional.empty()));
    }

    @Test
    void aLinkBelowTheDatasetRootThatLeadsOutsideIsRefusedBeforeOpening() throws IOException {
        Path root = Files.createDirectories(temp.resolve("dataset"));
        Files.createSymbolicLink(root.resolve("ct.png"), outside.resolve("fifo.png"));

        assertRefusedUnopened("ct.png", settings(Optional.empty(), Optional.of(root)));
    }

    @Test
    void aFileUriIsNotAnImageSourceAndNothingIsRead() {
        BenchmarkCase hostile = caseAt(suite.resolve("case.json").toUri(), outside.resolve("x.png").toUri().toString(),
                TINY_SHA);

        assertThatThrownBy(() -> new ImageResolver(settings(Optional.empty(), Optional.empty()))
                .resolve(hostile, hostile.images().get(0)))
                .isInstanceOfSatisfying(MissingImagesException.class, e -> assertThat(e.missing())
                        .extracting(MissingImage::reason).singleElement().asString()
                        .startsWith("unsupported scheme file:"));
    }

    @Test
    void aLinkInTheMirrorThatLeadsOutsideIsNotPartOfTheMirror() throws IOException {
        Path mirror = Files.createDirectories(temp.resolve("mirror"));
        Files.createSymbolicLink(mirror.resolve("evil.png"), outside.resolve("x.png"));
        BenchmarkCase remote = caseAt(suite.resolve("case.json").toUri(), "https://images.example.org/x.png",
                TINY_SHA);

        assertThatThrownBy(() -> new ImageResolver(settings(Optional.of(mirror), Optional.empty()))
                .resolve(remote, remote.images().get(0)))
                .isInstanceOfSatisfying(MissingImagesException.class, e -> assertThat(e.missing())
                        .extracting(MissingImage::reason).singleElement().asString()
                        .startsWith("not in the mirror " + mirror));
    }

    @Test
    void aLinkInTheCacheThatLeadsOutsideIsNotACacheEntry() throws IOException {
        Path cache = Files.createDirectories(temp.resolve("cache"));
        Files.createSymbolicLink(cache.resolve(TINY_SHA), outside.resolve("x.png"));

        assertThat(new ImageCache(cache).read(TINY_SHA)).isEmpty();
    }

    @Test
    void linksAndEncodedNamesThatStayInsideStillWork() throws IOException {
        Files.copy(TINY, suite.resolve("images/lesion 1.png"));
        Files.createSymbolicLink(suite.resolve("images/alias.png"), suite.resolve("images/lesion 1.png"));
        ImageResolver resolver = new ImageResolver(settings(Optional.empty(), Optional.empty()));

        for (String uri : List.of("images/lesion%201.png", "images/./alias.png", "images\\lesion 1.png",
                "images/../images/alias.png")) {
            BenchmarkCase fine = caseAt(suite.resolve("case.json").toUri(), uri, TINY_SHA);
            assertThat(resolver.resolve(fine, fine.images().get(0)).bytes()).as(uri).isEqualTo(Files.readAllBytes(TINY));
        }
    }
}
