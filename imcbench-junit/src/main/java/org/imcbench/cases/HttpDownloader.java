package org.imcbench.cases;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Downloads images with OkHttp, following redirects (never between {@code https:} and
 * {@code http:}) and refusing responses larger than a limit. The default client is made on the first
 * download, once per JVM: a run whose images all come from the mirror or the cache never pays for it (making an
 * OkHttp client loads the platform's trust store).
 */
public final class HttpDownloader implements Downloader {
    /** The default size limit of one image, 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final Supplier<OkHttpClient> client;
    private final long maxBytes;

    /** Creates a downloader with a 10 s connect timeout, a 3 min call timeout and the default limit. */
    public HttpDownloader() {
        this(DEFAULT_MAX_BYTES);
    }

    /**
     * Creates a downloader with a 10 s connect timeout and a 3 min call timeout.
     *
     * @param maxBytes the largest response body accepted
     */
    public HttpDownloader(long maxBytes) {
        this(() -> DefaultClient.CLIENT, maxBytes);
    }

    /**
     * Creates a downloader.
     *
     * @param client the client to use, with its timeouts
     * @param maxBytes the largest response body accepted
     */
    public HttpDownloader(OkHttpClient client, long maxBytes) {
        this(supplied(client), maxBytes);
    }

    private HttpDownloader(Supplier<OkHttpClient> client, long maxBytes) {
        this.client = client;
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public byte[] download(URI uri) throws IOException {
        Request request = new Request.Builder().url(uri.toString()).header("Accept", "image/*").get().build();
        try (Response response = client.get().newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code() + " from " + uri);
            }
            ResponseBody body = response.body();
            try (InputStream in = body.byteStream()) {
                byte[] bytes = in.readNBytes((int) maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new ImageTooLargeException("response exceeds the limit of " + maxBytes + " bytes: " + uri);
                }
                return bytes;
            }
        }
    }

    private static Supplier<OkHttpClient> supplied(OkHttpClient client) {
        Objects.requireNonNull(client, "client");
        return () -> client;
    }

    /** The default client, made when first asked for (the class is initialised then). */
    private static final class DefaultClient {
        static final OkHttpClient CLIENT = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60))
                .callTimeout(Duration.ofMinutes(3))
                .followRedirects(true)
                .followSslRedirects(false)
                .build();
    }
}
