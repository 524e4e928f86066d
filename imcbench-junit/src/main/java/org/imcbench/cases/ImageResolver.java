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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves case images to verified bytes.
 *
 * <ul>
 *   <li>a relative path resolves against the case's {@link BenchmarkCase#source() source} (a
 *       {@code file:} or {@code jar:} URL);
 *   <li>{@code classpath:name} is a resource of the context class loader;
 *   <li>an {@code https:} URL is looked up in the mirror folder (by hash), then in the cache
 *       ({@code <cacheDir>/<sha256>}), and otherwise downloaded once into the cache, unless offline.
 * </ul>
 *
 * <p>The bytes are always checked against the image's {@code sha256}. Thread-safe; concurrent
 * requests for the same {@code https:} image download it once.
 */
public final class ImageResolver {
    private static final int MAX_LOCAL_BYTES = (int) HttpDownloader.DEFAULT_MAX_BYTES;

    private final ImageSettings settings;
    private final Downloader downloader;
    private final ImageCache cache;
    private final Optional<MirrorIndex> mirror;
    private final boolean allowHttp;
    private final Map<String, Object> downloadLocks = new ConcurrentHashMap<>();

    /**
     * Creates a resolver that downloads with {@link HttpDownloader}.
     *
     * @param settings mirror, cache and offline settings
     */
    public ImageResolver(ImageSettings settings) {
        this(settings, new HttpDownloader());
    }

    /**
     * Creates a resolver.
     *
     * @param settings mirror, cache and offline settings
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
     * @param image the image
     * @return the verified image
     * @throws MissingImagesException if the image cannot be had or its hash does not match
     */
    public ResolvedImage resolve(BenchmarkCase benchmarkCase, CaseImage image) {
        try {
            return resolveOrExplain(benchmarkCase.source(), image);
        } catch (ImageUnavailableException e) {
            throw new MissingImagesException(List.of(missing(benchmarkCase, image, e)), cache.dir());
        }
    }

    /**
     * Resolves every image of the cases, e.g. before any model is called.
     *
     * @param cases the cases
     * @return the images by SHA-256, in the order first met
     * @throws MissingImagesException naming every image that cannot be had
     */
    public Map<String, ResolvedImage> prefetch(Collection<BenchmarkCase> cases) {
        Map<String, ResolvedImage> resolved = new LinkedHashMap<>();
        List<MissingImage> missing = new ArrayList<>();
        for (BenchmarkCase benchmarkCase : cases) {
            for (CaseImage image : benchmarkCase.images()) {
                if (resolved.containsKey(image.sha256())) {
                    continue;
                }
                try {
                    resolved.put(image.sha256(), resolveOrExplain(benchmarkCase.source(), image));
                } catch (ImageUnavailableException e) {
                    missing.add(missing(benchmarkCase, image, e));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingImagesException(missing, cache.dir());
        }
        return resolved;
    }

    private static MissingImage missing(BenchmarkCase benchmarkCase, CaseImage image, ImageUnavailableException e) {
        return new MissingImage(benchmarkCase.id(), image.uri(), image.sha256(), e.getMessage());
    }

    private ResolvedImage resolveOrExplain(URI source, CaseImage image) throws ImageUnavailableException {
        String uri = image.uri();
        int colon = uri.indexOf(':');
        String scheme = colon > 1 ? uri.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        byte[] bytes = switch (scheme) {
            case "" -> readRelative(source, uri);
            case "classpath" -> readClasspath(uri.substring(colon + 1));
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
        return new ResolvedImage(image.sha256(), image.mediaType(), verified(image, bytes));
    }

    private static byte[] verified(CaseImage image, byte[] bytes) throws ImageUnavailableException {
        String actual = Hashes.sha256(bytes);
        if (!actual.equals(image.sha256())) {
            throw new ImageUnavailableException(
                    "sha256 mismatch for " + image.uri() + ": expected " + image.sha256() + ", actual " + actual);
        }
        return bytes;
    }

    private static byte[] readRelative(URI source, String path) throws ImageUnavailableException {
        URL url;
        try {
            url = new URL(source.toURL(), path);
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new ImageUnavailableException("cannot resolve " + path + " against " + source + ": " + e, e);
        }
        return readUrl(url, "not found at " + url);
    }

    private static byte[] readClasspath(String name) throws ImageUnavailableException {
        String resource = name.startsWith("/") ? name.substring(1) : name;
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

    private static byte[] readUrl(URL url, String notFound) throws ImageUnavailableException {
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readNBytes(MAX_LOCAL_BYTES + 1);
            if (bytes.length > MAX_LOCAL_BYTES) {
                throw new ImageUnavailableException("larger than " + MAX_LOCAL_BYTES + " bytes: " + url);
            }
            return bytes;
        } catch (FileNotFoundException | NoSuchFileException e) {
            throw new ImageUnavailableException(notFound, e);
        } catch (IOException e) {
            throw new ImageUnavailableException("cannot read " + url + ": " + e, e);
        }
    }

    private byte[] fetchRemote(CaseImage image) throws ImageUnavailableException {
        Optional<byte[]> local = fromMirror(image).or(() -> fromCache(image));
        if (local.isPresent()) {
            return local.get();
        }
        if (settings.offline()) {
            throw new ImageUnavailableException("not in " + where() + ", and offline mode is on");
        }
        synchronized (downloadLocks.computeIfAbsent(image.sha256(), sha -> new Object())) {
            Optional<byte[]> cached = fromCache(image);
            if (cached.isPresent()) {
                return cached.get();
            }
            byte[] bytes = download(image);
            try {
                cache.write(image.sha256(), bytes);
            } catch (IOException e) {
                throw new ImageUnavailableException("downloaded, but cannot store it in the cache "
                        + cache.dir() + ": " + e, e);
            }
            return bytes;
        }
    }

    private byte[] download(CaseImage image) throws ImageUnavailableException {
        byte[] bytes;
        try {
            bytes = downloader.download(new URI(image.uri()));
        } catch (URISyntaxException e) {
            throw new ImageUnavailableException("not a valid URL: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImageUnavailableException("not in " + where() + ", and the download failed: " + e.getMessage(),
                    e);
        }
        String actual = Hashes.sha256(bytes);
        if (!actual.equals(image.sha256())) {
            throw new ImageUnavailableException("sha256 mismatch for " + image.uri() + " (downloaded): expected "
                    + image.sha256() + ", actual " + actual);
        }
        return bytes;
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
            Optional<Path> file = mirror.get().find(image.sha256());
            return file.isPresent() ? Optional.of(Files.readAllBytes(file.get())) : Optional.empty();
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
