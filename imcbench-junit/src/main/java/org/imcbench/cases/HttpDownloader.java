package org.imcbench.cases;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * Downloads images with the JDK HTTP client, following redirects (never from {@code https:} to
 * {@code http:}) and refusing responses larger than a limit.
 */
public final class HttpDownloader implements Downloader {
    /** The default size limit of one image, 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    /** Creates a downloader with a 10 s connect timeout, a 3 min request timeout and the default limit. */
    public HttpDownloader() {
        this(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .build(), Duration.ofMinutes(3), DEFAULT_MAX_BYTES);
    }

    /**
     * Creates a downloader.
     *
     * @param client the client to use
     * @param timeout the time limit of one request
     * @param maxBytes the largest response body accepted
     */
    public HttpDownloader(HttpClient client, Duration timeout, long maxBytes) {
        this.client = Objects.requireNonNull(client, "client");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public byte[] download(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "image/*").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + uri, e);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new IOException("HTTP " + response.statusCode() + " from " + uri);
            }
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException("response exceeds the limit of " + maxBytes + " bytes: " + uri);
            }
            return bytes;
        }
    }
}
