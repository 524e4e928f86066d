package org.imcbench.cases;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imcbench.config.Settings;
import org.imcbench.io.AllowedRoots;
import org.imcbench.io.OutsideRootsException;

/**
 * Resolves case images to verified bytes.
 *
 * <ul>
 *   <li>a relative path resolves against the case's {@link BenchmarkCase#source() source} (a
 *       {@code file:} or {@code jar:} URL); when the file is not there, the image is looked up in the
 *       mirror folder (by hash) and then below the local dataset root ({@code imcbench.images.root});
 *   <li>{@code classpath:name} is a resource of the context class loader;
 *   <li>an {@code https:} URL is looked up in the mirror folder (by hash), then in the cache
 *       ({@code <cacheDir>/<sha256>}), and otherwise downloaded once into the cache, unless offline.
 * </ul>
 *
 * <p>No file outside the allowed folders is ever opened: a relative path is decoded first
 * ({@link RelativeImagePath}: percent-escapes, {@code \} separators, {@code ..}), then every file
 * is opened through {@link AllowedRoots}, which follows links and refuses a real path outside the
 * case file's folder, the mirror, the dataset root and the cache before opening anything. A refused
 * path is a problem of its case ({@code /images/N/uri}), not a missing image.
 *
 * <p>Every image is checked when read: its size against {@code imcbench.images.max-bytes}, its bytes
 * against its {@code sha256}, its media type, told from its first bytes, against its
 * {@code mediaType}, and its width × height, read from its header before anything decodes it,
 * against {@code imcbench.images.max-pixels}. An image that cannot be had is <em>missing</em> (the suite cannot run without
 * it); one that was read but fails a check is <em>rejected</em>, a problem of its case alone.
 * Thread-safe; concurrent requests for the same {@code https:} image download it once.
 */
public final class ImageResolver {
    private final ImageSettings settings;
    private final Downloader downloader;
    private final ImageCache cache;
    private final Optional<MirrorIndex> mirror;
    private final boolean allowHttp;
    private final AllowedRoots roots;
    private final Map<String, Object> downloadLocks = new ConcurrentHashMap<>();

    /**
     * Creates a resolver that downloads with {@link HttpDownloader}.
     *
     * @param settings mirror, cache, root, offline and size settings
     */
    public ImageResolver(ImageSettings settings) {
        this(settings, new HttpDownloader(settings.maxBytes()));
    }

    /**
     * Creates a resolver.
     *
     * @param settings mirror, cache, root, offline and size settings
     * @param downloader fetches {@code https:} images missing from mirror and cache
     */
    public ImageResolver(ImageSettings settings, Downloader downloader) {
        this(settings, downloader, false);
    }

    /** For tests: {@code allowHttp} treats {@code http:} URLs like {@code https:} ones. */
    ImageResolver(ImageSettings settings, Downloader downloader, boolean allowHttp) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        this.cache = new ImageCache(settings.cacheDir());
        this.mirror = settings.mirror().map(MirrorIndex::new);
        List<Path> allowed = new ArrayList<>(List.of(settings.cacheDir()));
        settings.mirror().ifPresent(allowed::add);
        settings.root().ifPresent(allowed::add);
        this.roots = new AllowedRoots(allowed);
        this.allowHttp = allowHttp;
    }

    /** Returns the settings. */
    public ImageSettings settings() {
        return settings;
    }

    /**
     * Resolves one image of a case.
     *
     * @param benchmarkCase the case the image belongs to (its source anchors relative paths)
     * @param image one of the case's images
     * @return the verified image
     * @throws MissingImagesException if the image cannot be had
     * @throws CaseFormatException if it was read but its hash, media type or size is wrong
     */
    public ResolvedImage resolve(BenchmarkCase benchmarkCase, CaseImage image) {
        int index = benchmarkCase.images().indexOf(image);
        try {
            return resolveOrExplain(benchmarkCase.source(), image);
        } catch (ImageUnavailableException e) {
            throw new MissingImagesException(List.of(new MissingImage(benchmarkCase.id(), image.uri(), image.sha256(),
                    e.getMessage())), cache.dir());
        } catch (ImageRejectedException e) {
            throw located(benchmarkCase, index, e);
        }
    }

    /**
     * Resolves every image of the cases before any model is called, up to
     * {@link ImageSettings#prefetchThreads()} at a time.
     *
     * @param cases the cases
     * @return the verified images, and the problems of images that do not fit their case
     * @throws MissingImagesException naming every image that cannot be had
     */
    public PrefetchedImages prefetch(Collection<BenchmarkCase> cases) {
        return prefetchSources(cases.stream().map(CaseSource::of).toList());
    }

    /**
     * Like {@link #prefetch}, for cases that are parsed when asked for ({@link StoredCase}): only their
     * {@linkplain CaseSource#outline outlines} are read; a case is parsed only to locate an image it names
     * that does not fit it.
     *
     * @param cases the cases
     * @return the verified images, and the problems of images that do not fit their case
     * @throws MissingImagesException naming every image that cannot be had
     * @throws CancellationException if the calling thread is interrupted: the fetch is given up
     */
    public PrefetchedImages prefetchSources(Collection<? extends CaseSource> cases) {
        PrefetchedImages images = fetch(cases);
        if (!images.missing().isEmpty()) {
            throw new MissingImagesException(images.missing(), cache.dir());
        }
        return images;
    }

    /**
     * Like {@link #prefetch}, but hands missing images back instead of throwing, for a check of a
     * whole dataset.
     *
     * @param cases the cases
     * @return the verified, rejected and missing images
     */
    public PrefetchedImages fetchAll(Collection<BenchmarkCase> cases) {
        return fetch(cases.stream().map(CaseSource::of).toList());
    }

    private PrefetchedImages fetch(Collection<? extends CaseSource> cases) {
        Map<String, Future<ResolvedImage>> fetches = new LinkedHashMap<>();
        List<CaseImages> wanted = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(settings.prefetchThreads(), runnable -> {
            Thread thread = new Thread(runnable, "imcbench-image-prefetch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (CaseSource source : cases) {
                CaseOutline outline = source.outline();
                for (CaseImage image : outline.images()) {
                    fetches.computeIfAbsent(fetchKey(outline.source(), image),
                            key -> pool.submit(() -> resolveOrExplain(outline.source(), image)));
                }
                wanted.add(new CaseImages(source, outline.source(), outline.images()));
            }
            return collect(wanted, fetches);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The images one case names, and where to parse the case again to locate a problem. */
    private record CaseImages(CaseSource source, URI location, List<CaseImage> images) {
    }

    private PrefetchedImages collect(List<CaseImages> cases, Map<String, Future<ResolvedImage>> fetches) {
        Map<String, ResolvedImage> resolved = new LinkedHashMap<>();
        Map<String, List<CaseFormatException>> rejected = new LinkedHashMap<>();
        List<MissingImage> missing = new ArrayList<>();
        Map<CaseSource, ReadCase> readCases = new HashMap<>();
        for (CaseImages wanted : cases) {
            for (int i = 0; i < wanted.images().size(); i++) {
                CaseImage image = wanted.images().get(i);
                try {
                    resolved.put(image.sha256(), await(fetches.get(fetchKey(wanted.location(), image))));
                } catch (ImageUnavailableException e) {
                    ReadCase read = readCases.computeIfAbsent(wanted.source(), ReadCase::of);
                    if (read.problem() != null) {
                        addOnce(rejected, wanted.source().id(), read.problem());
                    } else if (missing.stream().noneMatch(known -> known.sha256().equals(image.sha256()))) {
                        missing.add(new MissingImage(wanted.source().id(), image.uri(), image.sha256(),
                                e.getMessage()));
                    }
                } catch (ImageRejectedException e) {
                    ReadCase read = readCases.computeIfAbsent(wanted.source(), ReadCase::of);
                    addOnce(rejected, wanted.source().id(),
                            read.problem() != null ? read.problem() : located(read.benchmarkCase(), i, e));
                }
            }
        }
        return new PrefetchedImages(resolved, rejected, missing);
    }

    /**
     * What identifies one fetch: an {@code https:} image is fetched once per URL, a local one once
     * per case file (the same path may name different files in different folders); a different
     * expected hash or media type is a different check.
     */
    private static String fetchKey(URI caseSource, CaseImage image) {
        String where = image.uri().regionMatches(true, 0, "https:", 0, 6) ? image.uri()
                : caseSource + " " + image.uri();
        return image.sha256() + " " + image.mediaType() + " " + where;
    }

    private static ResolvedImage await(Future<ResolvedImage> fetch)
            throws ImageUnavailableException, ImageRejectedException {
        // an interrupted fetch is given up (its suite could not be set up): no image is missing, no case is read to
        // explain one; checked first, as the wait for a fetch already done would not notice the interruption
        if (Thread.currentThread().isInterrupted()) {
            throw givenUp();
        }
        try {
            return fetch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw givenUp();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImageUnavailableException unavailable) {
                throw unavailable;
            }
            if (e.getCause() instanceof ImageRejectedException rejected) {
                throw rejected;
            }
            throw new ImageUnavailableException("failed: " + e.getCause(), e.getCause());
        }
    }

    private static CancellationException givenUp() {
        return new CancellationException("interrupted while fetching images");
    }

    private static CaseFormatException located(BenchmarkCase benchmarkCase, int index, ImageRejectedException e) {
        return benchmarkCase.locations().error("/images/" + index + "/" + e.field(), e.getMessage());
    }

    private static void addOnce(Map<String, List<CaseFormatException>> problems, String caseId,
            CaseFormatException problem) {
        List<CaseFormatException> ofCase = problems.computeIfAbsent(caseId, id -> new ArrayList<>());
        if (!ofCase.contains(problem)) {
            ofCase.add(problem);
        }
    }

    /**
     * A case whose image could not be had or was rejected, read in full once: the case, to locate an image's
     * problem in it, or the case's own problems when it is not valid — then those are the case's problem (it fails
     * alone), not a rejected or missing image.
     *
     * @param benchmarkCase the case, when it is valid
     * @param problem its problems, when it is not
     */
    private record ReadCase(BenchmarkCase benchmarkCase, CaseFormatException problem) {
        static ReadCase of(CaseSource source) {
            try {
                return new ReadCase(source.load(), null);
            } catch (CaseFormatException invalid) {
                return new ReadCase(null, invalid);
            }
        }
    }

    private ResolvedImage resolveOrExplain(URI source, CaseImage image)
            throws ImageUnavailableException, ImageRejectedException {
        String uri = image.uri();
        int colon = uri.indexOf(':');
        String scheme = colon > 1 ? uri.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        ImageBytes read = switch (scheme) {
            case "" -> readRelative(source, image);
            case "classpath" -> ImageBytes.unchecked(readClasspath(uri.substring(colon + 1)));
            case "https" -> fetchRemote(image);
            case "http" -> {
                if (!allowHttp) {
                    throw new ImageUnavailableException("http: is not allowed, use https:");
                }
                yield fetchRemote(image);
            }
            default -> throw new ImageUnavailableException(
                    "unsupported scheme " + scheme + ": (use a relative path, classpath: or https:)");
        };
        return new ResolvedImage(image.sha256(), image.mediaType(), checked(image, read));
    }

    /**
     * The bytes read for an image, and whether they are known to have its SHA-256: the mirror, the cache and a
     * download hash what they hand out, so those bytes are not hashed a second time.
     */
    private record ImageBytes(byte[] bytes, boolean sha256Checked) {
        static ImageBytes unchecked(byte[] bytes) {
            return new ImageBytes(bytes, false);
        }

        static ImageBytes ofSha256(byte[] bytes) {
            return new ImageBytes(bytes, true);
        }
    }

    private byte[] checked(CaseImage image, ImageBytes read) throws ImageRejectedException {
        byte[] bytes = read.bytes();
        if (bytes.length > settings.maxBytes()) {
            throw tooLarge(bytes.length);
        }
        if (!read.sha256Checked()) {
            String actual = Hashes.sha256(bytes);
            if (!actual.equals(image.sha256())) {
                throw new ImageRejectedException("sha256", "sha256 mismatch: the bytes of " + image.uri()
                        + " have sha256 " + actual + ", not " + image.sha256());
            }
        }
        Optional<String> sniffed = MediaTypes.sniff(bytes);
        if (sniffed.isEmpty()) {
            throw new ImageRejectedException("mediaType",
                    "unsupported media type: the bytes of " + image.uri() + " are not a JPEG, PNG, GIF or WebP image");
        }
        if (!sniffed.get().equals(image.mediaType())) {
            throw new ImageRejectedException("mediaType", "the bytes of " + image.uri() + " are " + sniffed.get()
                    + ", not " + image.mediaType());
        }
        Optional<ImageDimensions> size = ImageDimensions.read(bytes, sniffed.get());
        if (size.isEmpty()) {
            throw new ImageRejectedException("mediaType", "the " + sniffed.get() + " header of " + image.uri()
                    + " cannot be read (cut short or damaged)");
        }
        if (size.get().pixels() > settings.maxPixels()) {
            throw new ImageRejectedException("uri", "image " + image.uri() + " is " + size.get() + " ("
                    + size.get().pixels() + " pixels), more than " + Settings.IMAGES_MAX_PIXELS.key() + " ("
                    + settings.maxPixels() + "); refused before decoding");
        }
        return bytes;
    }

    private ImageRejectedException tooLarge(long size) {
        return new ImageRejectedException("uri", "image is larger than " + Settings.IMAGES_MAX_BYTES.key() + " ("
                + settings.maxBytes() + " bytes)" + (size > 0 ? ": " + size + " bytes" : ""));
    }

    private ImageBytes readRelative(URI source, CaseImage image)
            throws ImageUnavailableException, ImageRejectedException {
        String path = RelativeImagePath.decode(image.uri());
        String notFound;
        Optional<byte[]> nextToCase;
        if ("file".equalsIgnoreCase(source.getScheme())) {
            Path caseFolder = Path.of(source).getParent();
            Path file = caseFolder.resolve(path);
            notFound = "not found at " + file.toUri();
            nextToCase = readFile(roots.with(caseFolder), file, image);
        } else {
            URL url = entryUrl(source, path);
            notFound = "not found at " + url;
            nextToCase = readEntry(url);
        }
        if (nextToCase.isPresent()) {
            return ImageBytes.unchecked(nextToCase.get());
        }
        Optional<byte[]> mirrored = fromMirror(image);
        if (mirrored.isPresent()) {
            return ImageBytes.ofSha256(mirrored.get());
        }
        if (settings.root().isEmpty()) {
            throw new ImageUnavailableException(notFound + mirror.map(m -> ", nor in the mirror " + m.dir()).orElse(""));
        }
        Path base = settings.root().get().toAbsolutePath().normalize();
        return ImageBytes.unchecked(readFile(roots, base.resolve(path), image).orElseThrow(
                () -> new ImageUnavailableException(notFound + ", nor below the dataset root " + base)));
    }

    /** The URL of a path next to a case file inside a jar (or another non-file source). */
    private static URL entryUrl(URI source, String path) throws ImageUnavailableException {
        try {
            return new URL(source.toURL(), "./" + new URI(null, null, path, null).getRawPath());
        } catch (MalformedURLException | URISyntaxException | IllegalArgumentException e) {
            throw new ImageUnavailableException("cannot resolve " + path + " against " + source + ": " + e, e);
        }
    }

    /**
     * Reads a file through the allowed roots: empty if there is no such file, rejected (unopened)
     * if its real path leads outside them.
     */
    private Optional<byte[]> readFile(AllowedRoots allowed, Path file, CaseImage image)
            throws ImageUnavailableException, ImageRejectedException {
        try {
            return Optional.of(bounded(allowed.read(file, settings.maxBytes())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (OutsideRootsException e) {
            throw new ImageRejectedException("uri", "refused image path " + image.uri() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new ImageUnavailableException("cannot read " + file + ": " + e, e);
        }
    }

    private Optional<byte[]> readEntry(URL url) throws ImageUnavailableException, ImageRejectedException {
        try {
            return Optional.of(readUrl(url, "not found at " + url));
        } catch (ImageUnavailableException e) {
            if (e.getCause() instanceof FileNotFoundException || e.getCause() instanceof NoSuchFileException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private byte[] readClasspath(String name) throws ImageUnavailableException, ImageRejectedException {
        String resource = RelativeImagePath.decode(name.startsWith("/") ? name.substring(1) : name);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = loader == null ? null : loader.getResource(resource);
        if (url == null) {
            url = ImageResolver.class.getClassLoader().getResource(resource);
        }
        if (url == null) {
            throw new ImageUnavailableException("no classpath resource " + resource);
        }
        return readUrl(url, "cannot read classpath resource " + resource);
    }

    private byte[] readUrl(URL url, String notFound) throws ImageUnavailableException, ImageRejectedException {
        try (InputStream in = url.openStream()) {
            return bounded(in.readNBytes((int) settings.maxBytes() + 1));
        } catch (FileNotFoundException | NoSuchFileException e) {
            throw new ImageUnavailableException(notFound, e);
        } catch (IOException e) {
            throw new ImageUnavailableException("cannot read " + url + ": " + e, e);
        }
    }

    private byte[] bounded(byte[] bytes) throws ImageRejectedException {
        if (bytes.length > settings.maxBytes()) {
            throw tooLarge(0);
        }
        return bytes;
    }

    private ImageBytes fetchRemote(CaseImage image) throws ImageUnavailableException, ImageRejectedException {
        Optional<byte[]> local = fromMirror(image).or(() -> fromCache(image));
        if (local.isPresent()) {
            return ImageBytes.ofSha256(local.get());
        }
        Optional<String> listed = mirror.flatMap(m -> m.listedSha256(image.uri()));
        if (listed.isPresent() && !listed.get().equals(image.sha256())) {
            throw new ImageRejectedException("sha256", "sha256 mismatch: the mirror's manifest.json gives "
                    + image.uri() + " the sha256 " + listed.get() + ", the case says " + image.sha256()
                    + "; correct the case's sha256 if the mirror is right");
        }
        if (settings.offline()) {
            throw new ImageUnavailableException("not in " + where() + ", and offline mode is on");
        }
        synchronized (downloadLocks.computeIfAbsent(image.sha256(), sha -> new Object())) {
            Optional<byte[]> cached = fromCache(image);
            if (cached.isPresent()) {
                return ImageBytes.ofSha256(cached.get());
            }
            byte[] bytes = checked(image, ImageBytes.unchecked(download(image)));
            try {
                cache.write(image.sha256(), bytes);
            } catch (IOException e) {
                throw new ImageUnavailableException("downloaded, but cannot store it in the cache "
                        + cache.dir() + ": " + e, e);
            }
            return ImageBytes.ofSha256(bytes);
        }
    }

    private byte[] download(CaseImage image) throws ImageUnavailableException, ImageRejectedException {
        try {
            return downloader.download(new URI(image.uri()));
        } catch (URISyntaxException e) {
            throw new ImageUnavailableException("not a valid URL: " + e.getMessage(), e);
        } catch (ImageTooLargeException e) {
            throw tooLarge(0);
        } catch (IOException e) {
            throw new ImageUnavailableException("not in " + where() + ", and the download failed: " + e.getMessage(),
                    e);
        }
    }

    private String where() {
        return mirror.map(m -> "the mirror " + m.dir() + (Files.isDirectory(m.dir()) ? "" : " (no such folder)") + " or ")
                .orElse("") + "the cache " + cache.dir();
    }

    private Optional<byte[]> fromMirror(CaseImage image) {
        if (mirror.isEmpty()) {
            return Optional.empty();
        }
        try {
            return mirror.get().read(image.sha256());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<byte[]> fromCache(CaseImage image) {
        try {
            return cache.read(image.sha256());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
