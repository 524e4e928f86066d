package org.imcbench.model;

import java.util.List;
import okhttp3.Request;

/**
 * How a Bedrock request is authorized: a Bedrock API key as a bearer token
 * ({@link BedrockApiKeyAuth}) or AWS Signature Version 4 ({@link SigV4Auth}).
 */
interface BedrockAuth {

    /** The request with its credentials added; the request is complete (URL, headers, body). */
    Request authorize(Request request);

    /** The secret values this authorization sends, so they can be redacted. */
    List<String> secrets();

    /** Which kind of authorization this is, for messages, e.g. {@code SigV4}; never a secret. */
    String kind();
}
