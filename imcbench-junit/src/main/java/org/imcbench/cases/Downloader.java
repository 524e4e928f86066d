package org.imcbench.cases;

import java.io.IOException;
import java.net.URI;

/** Fetches the bytes at a URL. {@link HttpDownloader} is the production implementation. */
@FunctionalInterface
public interface Downloader {
    /**
     * Downloads the resource at {@code uri}.
     *
     * @param uri an {@code https:} URL
     * @return the bytes of a successful response
     * @throws IOException if the request fails or the response is not successful
     */
    byte[] download(URI uri) throws IOException;
}
