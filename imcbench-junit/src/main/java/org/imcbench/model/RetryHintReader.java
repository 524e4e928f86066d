package org.imcbench.model;

/**
 * Reads a provider's retry advice from a failed response. A provider puts its reader on each
 * request as a tag ({@code request.newBuilder().tag(RetryHintReader.class, reader)});
 * {@link RetryInterceptor} consults it for every non-2xx response before deciding whether and how
 * long to wait.
 */
@FunctionalInterface
public interface RetryHintReader {

    /**
     * The advice in a failed response.
     *
     * @param status the HTTP status
     * @param body the start of the response body (up to 64 KiB)
     * @return the advice, {@link RetryHint#NONE} if the response gives none
     */
    RetryHint read(int status, String body);
}
