package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageResolverTest {
    static final Path SHARED_IMAGES = Path.of("/work/shared/imcbench-images");
    private static final Path FIXTURES = Path.of("src/test/resources/cases");
    private static final String TINY_SHA = "7729bbe1b7f3bc49454cd2c2cac83691f59d499f9af0c8f9d19165b4c5f1ff55";
    private static final String DERM_007_SHA = "015c11675ea7c6df3c8ec42ad9cd9f6c2748ce8982d3f3e41264f8ba0a0ad729";
    private static final String REMOTE = "https://images.example.org/tiny-lesion.png";
    private static final Downloader NO_NETWORK = uri -> {
        throw new AssertionError("no download expected: " + uri);
    };

    @TempDir
    Path temp;

    private final CaseLoader loader = new CaseLoader();

    private ImageSettings settings(boolean offline) {
        return new ImageSettings(Optional.empty(), temp.resolve("cache"), offline);
    }

    private static byte[] tinyPng() throws IOException {
        return Files.readAllBytes(FIXTURES.resolve("images/tiny-lesion.png"));
    }

    private static CaseImage image(String uri, String sha256) {
        return new CaseImage(uri, sha256, "image/png", "CC0-1.0", "test");
    }

    private static BenchmarkCase caseWith(String id, URI source, CaseImage... images) {
        return new BenchmarkCase(id, "t", "", "", List.of(), false, false, List.of(images),
                new PatientProfile(null, null, null, null, null, null, null, null), new Persona("", List.of()),
                new GroundTruth(new Finding("x", List.of()), null, null, null, null),
                ScriptedPlan.of("hi"), source);
    }

    @Test
    void resolvesRelativePathAgainstCaseFile() throws IOException {
        BenchmarkCase c = loader.load(FIXTURES.resolve("valid-scripted.json"));

        ResolvedImage image = new ImageResolver(settings(true), NO_NETWORK).resolve(c, c.images().get(0));

        assertThat(image.sha256()).isEqualTo(TINY_SHA);
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.bytes()).isEqualTo(tinyPng());
    }

    @Test
    void resolvesRelativePathInsideJar() throws Exception {
        Path jar = temp.resolve("cases.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("cases/valid-scripted.json"));
            zip.write(Files.readAllBytes(FIXTURES.resolve("valid-scripted.json")));
            zip.putNextEntry(new ZipEntry("cases/images/tiny-lesion.png"));
            zip.write(tinyPng());
        }
        URL url = new URL("jar:" + jar.toUri() + "!/cases/valid-scripted.json");
        BenchmarkCase c = loader.load(url);

        ResolvedImage image = new ImageResolver(settings(true), NO_NETWORK).resolve(c, c.images().get(0));

        assertThat(image.bytes()).isEqualTo(tinyPng());
    }

    @Test
    void resolvesClasspathImage() throws IOException {
        BenchmarkCase c = loader.load(getClass().getClassLoader().getResource("cases/valid-simulated.json"));

        ResolvedImage image = new ImageResolver(settings(true), NO_NETWORK).resolve(c, c.images().get(0));

        assertThat(image.bytes()).isEqualTo(tinyPng());
    }

    @Test
    void shaMismatchNamesUriExpectedAndActualHash() {
        String wrong = "0".repeat(64);
        BenchmarkCase c = caseWith("mismatch", FIXTURES.resolve("valid-scripted.json").toAbsolutePath().toUri(),
                image("images/tiny-lesion.png", wrong));

        assertThatThrownBy(() -> new ImageResolver(settings(true), NO_NETWORK).resolve(c, c.images().get(0)))
                .isInstanceOfSatisfying(CaseFormatException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/images/0/sha256");
                    assertThat(e.problem()).isEqualTo("sha256 mismatch: the bytes of images/tiny-lesion.png have "
                            + "sha256 " + TINY_SHA + ", not " + wrong);
                });
    }

    @Test
    void thePrefetchOfStoredCasesReadsTheirOutlinesAndParsesACaseOnlyToLocateARejectedImage() throws IOException {
        BenchmarkCase good = loader.load(FIXTURES.resolve("valid-scripted.json"));
        String wrong = "0".repeat(64);
        BenchmarkCase mismatch = caseWith("mismatch", good.source(), image("images/tiny-lesion.png", wrong));
        AtomicInteger loads = new AtomicInteger();

        PrefetchedImages images = new ImageResolver(settings(true), NO_NETWORK).prefetchSources(List.of(
                counting(good, loads), counting(mismatch, loads)));

        byte[] tiny = tinyPng();
        assertThat(images.image(TINY_SHA)).hasValueSatisfying(image -> assertThat(image.bytes()).isEqualTo(tiny));
        assertThat(images.problemsOf("mismatch")).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/images/0/sha256");
            assertThat(problem.problem()).startsWith("sha256 mismatch");
        });
        // only the case with the rejected image was parsed, to locate the problem
        assertThat(loads).hasValue(1);
    }

    /** A case source that counts how often it is parsed, as a stored case would be. */
    private static CaseSource counting(BenchmarkCase benchmarkCase, AtomicInteger loads) {
        CaseOutline outline = CaseOutline.of(benchmarkCase);
        return new CaseSource() {
            @Override
            public String id() {
                return benchmarkCase.id();
            }

            @Override
            public BenchmarkCase load() {
                loads.incrementAndGet();
                return benchmarkCase;
            }

            @Override
            public CaseOutline outline() {
                return outline;
            }
        };
    }

    @Test
    void missingRelativeFileAndClasspathResourceAreReported() {
        BenchmarkCase c = caseWith("absent", FIXTURES.resolve("valid-scripted.json").toAbsolutePath().toUri(),
                image("images/absent.png", TINY_SHA.replace('7', '8')), image("classpath:nope/absent.png", TINY_SHA));

        assertThatThrownBy(() -> new ImageResolver(settings(true), NO_NETWORK).prefetch(List.of(c)))
                .isInstanceOfSatisfying(MissingImagesException.class, e -> {
                    assertThat(e.missing()).extracting(MissingImage::reason).satisfiesExactly(
                            reason -> assertThat(reason).startsWith("not found at file:").endsWith("images/absent.png"),
                            reason -> assertThat(reason).isEqualTo("no classpath resource nope/absent.png"));
                });
    }

    @Test
    void downloadsOnceIntoCacheAtomically() throws IOException {
        AtomicInteger downloads = new AtomicInteger();
        byte[] png = tinyPng();
        Downloader counting = uri -> {
            assertThat(uri).isEqualTo(URI.create(REMOTE));
            downloads.incrementAndGet();
            return png;
        };
        BenchmarkCase c = caseWith("remote", URI.create("file:/cases/remote.json"), image(REMOTE, TINY_SHA));

        ResolvedImage first = new ImageResolver(settings(false), counting).resolve(c, c.images().get(0));
        ResolvedImage second = new ImageResolver(settings(false), counting).resolve(c, c.images().get(0));

        assertThat(first).isEqualTo(second);
        assertThat(first.bytes()).isEqualTo(png);
        assertThat(downloads).hasValue(1);
        try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(TINY_SHA);
        }
        assertThat(temp.resolve("cache").resolve(TINY_SHA)).hasBinaryContent(png);
    }

    @Test
    void cachedImageIsUsedOffline() throws IOException {
        new ImageCache(temp.resolve("cache")).write(TINY_SHA, tinyPng());
        BenchmarkCase c = caseWith("remote", URI.create("file:/cases/remote.json"), image(REMOTE, TINY_SHA));

        ResolvedImage image = new ImageResolver(settings(true), NO_NETWORK).resolve(c, c.images().get(0));

        assertThat(image.bytes()).isEqualTo(tinyPng());
    }

    @Test
    void damagedCacheEntryIsReplacedByDownload() throws IOException {
        Files.createDirectories(temp.resolve("cache"));
        Files.write(temp.resolve("cache").resolve(TINY_SHA), new byte[] {1, 2, 3});
        byte[] png = tinyPng();
        BenchmarkCase c = caseWith("remote", URI.create("file:/cases/remote.json"), image(REMOTE, TINY_SHA));

        new ImageResolver(settings(false), uri -> png).resolve(c, c.images().get(0));

        assertThat(temp.resolve("cache").resolve(TINY_SHA)).hasBinaryContent(png);
    }

    @Test
    void downloadWithWrongHashIsRejectedAndNotCached() throws IOException {
        BenchmarkCase c = caseWith("remote", URI.create("file:/cases/remote.json"), image(REMOTE, TINY_SHA));

        assertThatThrownBy(() -> new ImageResolver(settings(false), uri -> new byte[] {1, 2, 3})
                .resolve(c, c.images().get(0)))
                .isInstanceOfSatisfying(CaseFormatException.class, e -> assertThat(e.problem()).isEqualTo(
                        "sha256 mismatch: the bytes of " + REMOTE + " have sha256 " + Hashes.sha256(new byte[] {1, 2, 3})
                                + ", not " + TINY_SHA));
        assertThat(temp.resolve("cache").resolve(TINY_SHA)).doesNotExist();
    }

    @Test
    void productionResolverRefusesHttpAndOtherSchemes() {
        BenchmarkCase c = caseWith("schemes", URI.create("file:/cases/x.json"),
                image("http://images.example.org/a.png", TINY_SHA), image("ftp://images.example.org/a.png",
                        TINY_SHA.replace('7', '6')));

        assertThatThrownBy(() -> new ImageResolver(settings(false), NO_NETWORK).prefetch(List.of(c)))
                .isInstanceOfSatisfying(MissingImagesException.class, e -> assertThat(e.missing())
                        .extracting(MissingImage::reason)
                        .containsExactly("http: is not allowed, use https:",
                                "unsupported scheme ftp: (use a relative path, classpath: or https:)"));
    }

    @Test
    void downloadsOverHttpFromMockServerOnce() throws IOException {
        byte[] png = tinyPng();
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(png)).build());
            server.start();
            String url = server.url("/images/tiny-lesion.png").toString();
            BenchmarkCase c = caseWith("mock", URI.create("file:/cases/mock.json"), image(url, TINY_SHA));
            ImageResolver resolver = new ImageResolver(settings(false), new HttpDownloader(), true);

            ResolvedImage first = resolver.resolve(c, c.images().get(0));
            ResolvedImage second = resolver.resolve(c, c.images().get(0));

            assertThat(first.bytes()).isEqualTo(png);
            assertThat(second).isEqualTo(first);
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void httpDownloaderReportsHttpErrors() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(404).body("gone").build());
            server.start();
            URI uri = URI.create(server.url("/missing.png").toString());

            assertThatThrownBy(() -> new HttpDownloader().download(uri))
                    .isInstanceOf(IOException.class)
                    .hasMessage("HTTP 404 from " + uri);
        }
    }

    @Test
    void aHashTheMirrorsManifestContradictsIsAHashMismatchNotAFailedDownload() throws IOException {
        Path mirror = Files.createDirectories(temp.resolve("mirror"));
        Files.write(mirror.resolve("lesion.png"), tinyPng());
        Files.writeString(mirror.resolve("manifest.json"), "[{\"file\": \"lesion.png\", \"canonical_url\": \""
                + REMOTE + "\", \"sha256\": \"" + TINY_SHA + "\"}]");
        String wrong = "c".repeat(64);
        BenchmarkCase c = caseWith("wrong-hash", URI.create("file:/cases/w.json"), image(REMOTE, wrong));
        ImageSettings mirrored = new ImageSettings(Optional.of(mirror), temp.resolve("cache"), false);

        assertThatThrownBy(() -> new ImageResolver(mirrored, NO_NETWORK).resolve(c, c.images().get(0)))
                .hasMessageContaining("sha256 mismatch: the mirror's manifest.json gives " + REMOTE + " the sha256 "
                        + TINY_SHA + ", the case says " + wrong);
    }

    @Test
    void findsImagesInMirrorBySha256() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED_IMAGES), "shared image folder absent");
        ImageSettings mirrored = new ImageSettings(Optional.of(SHARED_IMAGES), temp.resolve("cache"), true);
        BenchmarkCase c = caseWith("mirror", URI.create("file:/cases/m.json"),
                new CaseImage("https://raw.githubusercontent.com/example/derm-007.jpg", DERM_007_SHA, "image/jpeg",
                        "CC0-1.0", "ISIC"));

        ResolvedImage image = new ImageResolver(mirrored, NO_NETWORK).resolve(c, c.images().get(0));

        assertThat(image.bytes()).isEqualTo(Files.readAllBytes(SHARED_IMAGES.resolve("derm-007.jpg")));
        assertThat(temp.resolve("cache")).doesNotExist();
    }

    /** A fetch given up (its suite could not be set up) reads no case in full to explain images it never had. */
    @Test
    void anInterruptedPrefetchIsGivenUp() {
        BenchmarkCase remote = caseWith("remote-a", URI.create("file:/cases/a.json"), image(REMOTE, "b".repeat(64)));
        ImageResolver resolver = new ImageResolver(settings(true), NO_NETWORK);

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> resolver.prefetch(List.of(remote))).isInstanceOf(CancellationException.class)
                    .hasMessage("interrupted while fetching images");
        } finally {
            assertThat(Thread.interrupted()).as("the interruption is kept").isTrue();
        }
    }

    @Test
    void prefetchListsEveryMissingImageAndBothRemedies() throws IOException {
        Path cacheDir = temp.resolve("cache");
        BenchmarkCase local = loader.load(FIXTURES.resolve("valid-scripted.json"));
        String remoteSha = "b".repeat(64);
        String otherSha = "a".repeat(64);
        BenchmarkCase remoteA = caseWith("remote-a", URI.create("file:/cases/a.json"), image(REMOTE, remoteSha));
        BenchmarkCase remoteB = caseWith("remote-b", URI.create("file:/cases/b.json"),
                image("https://images.example.org/other.png", otherSha));

        assertThatThrownBy(() -> new ImageResolver(settings(true), NO_NETWORK)
                .prefetch(List.of(local, remoteA, remoteB)))
                .isInstanceOfSatisfying(MissingImagesException.class, e -> {
                    assertThat(e.missing()).extracting(MissingImage::caseId).containsExactly("remote-a", "remote-b");
                    assertThat(e.cacheDir()).isEqualTo(cacheDir);
                    assertThat(e.getMessage()).isEqualTo("2 case images are not available:\n"
                            + "  - case remote-a: " + REMOTE + " (sha256 " + remoteSha + "): not in the cache "
                            + cacheDir + ", and offline mode is on\n"
                            + "  - case remote-b: https://images.example.org/other.png (sha256 " + otherSha
                            + "): not in the cache " + cacheDir + ", and offline mode is on\n"
                            + "To supply them, allow network access to download them once into " + cacheDir + ",\n"
                            + "or point -Dimcbench.images.mirror=DIR at a folder that holds them"
                            + " (files named as in the dataset manifest).");
                });
    }

    @Test
    void relativePathNotNextToTheCaseIsFoundBelowTheDatasetRootAndStillChecked() throws IOException {
        Path root = temp.resolve("dataset");
        Files.createDirectories(root.resolve("ct"));
        Files.write(root.resolve("ct/slice-1.png"), tinyPng());
        URI source = temp.resolve("suite/case.json").toUri();
        BenchmarkCase good = caseWith("rooted", source, image("ct/slice-1.png", TINY_SHA));
        BenchmarkCase wrong = caseWith("rooted-wrong", source, image("ct/slice-1.png", "0".repeat(64)));
        ImageSettings withRoot = new ImageSettings(Optional.empty(), temp.resolve("cache"), true, Optional.of(root),
                ImageSettings.DEFAULT_MAX_BYTES, 2);

        PrefetchedImages images = new ImageResolver(withRoot, NO_NETWORK).prefetch(List.of(good, wrong));

        assertThat(images.image(TINY_SHA).orElseThrow().bytes()).isEqualTo(tinyPng());
        assertThat(images.problemsOf("rooted")).isEmpty();
        assertThat(images.problemsOf("rooted-wrong")).singleElement()
                .satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/images/0/sha256"));
        assertThatThrownBy(() -> new ImageResolver(settings(true), NO_NETWORK).resolve(good, good.images().get(0)))
                .isInstanceOf(MissingImagesException.class);
    }

    @Test
    void relativePathNotNextToTheCaseIsFoundInTheMirrorByHash() throws IOException {
        Path mirror = temp.resolve("mirror");
        Files.createDirectories(mirror);
        Files.write(mirror.resolve("any-name.png"), tinyPng());
        BenchmarkCase derived = caseWith("derived", temp.resolve("suite/case.json").toUri(),
                image("ct-001.png", TINY_SHA));
        ImageSettings mirrored = new ImageSettings(Optional.of(mirror), temp.resolve("cache"), true);

        ResolvedImage image = new ImageResolver(mirrored, NO_NETWORK).resolve(derived, derived.images().get(0));

        assertThat(image.bytes()).isEqualTo(tinyPng());
    }

    @Test
    void prefetchReturnsEachImageOnceBySha() throws IOException {
        BenchmarkCase scripted = loader.load(FIXTURES.resolve("valid-scripted.json"));
        BenchmarkCase simulated = loader.load(getClass().getClassLoader().getResource("cases/valid-simulated.json"));

        PrefetchedImages images = new ImageResolver(settings(true), NO_NETWORK)
                .prefetch(List.of(scripted, simulated));

        assertThat(images.images()).containsOnlyKeys(TINY_SHA);
        assertThat(images.rejected()).isEmpty();
    }

    @Test
    void cacheWriteLeavesNoTemporaryFiles() throws IOException {
        ImageCache cache = new ImageCache(temp.resolve("c"));
        cache.write(TINY_SHA, tinyPng());
        cache.write(TINY_SHA, tinyPng());

        assertThatThrownBy(() -> cache.write(TINY_SHA, new byte[] {0})).isInstanceOf(IllegalArgumentException.class);
        try (Stream<Path> files = Files.list(temp.resolve("c"))) {
            assertThat(files).containsExactly(cache.pathOf(TINY_SHA));
        }
        assertThat(cache.read(TINY_SHA)).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(212));
    }


}
