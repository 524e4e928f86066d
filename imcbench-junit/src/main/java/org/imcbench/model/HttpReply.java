package org.imcbench.model;

import okhttp3.Headers;

/**
 * One HTTP answer of a provider, read in full.
 *
 * @param code the HTTP status
 * @param headers the response headers
 * @param body the response body as text
 */
record HttpReply(int code, Headers headers, String body) {

    /** Whether the status is 2xx. */
    boolean successful() {
        return code >= 200 && code <= 299;
    }
}
