package org.imcbench.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * AWS Signature Version 4 for Bedrock (signing name {@code bedrock}), computed by the AWS SDK for
 * Java v2's {@link AwsV4HttpSigner} rather than by hand. The signer encodes the canonical path a
 * second time, as AWS expects for every service but S3 (a model id's {@code %3A} is signed as
 * {@code %253A}). It adds {@code X-Amz-Date}, {@code Authorization: AWS4-HMAC-SHA256 ...} and, for
 * temporary credentials, {@code X-Amz-Security-Token}; those headers are copied onto the OkHttp
 * request. The request is signed once per call: a signature stays valid for 15 minutes, longer
 * than any call may take under the HTTP policy's call timeout.
 */
final class SigV4Auth implements BedrockAuth {
    /** Bedrock's signing name. */
    static final String SERVICE = "bedrock";

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private final String accessKeyId;
    private final String secretAccessKey;
    private final Optional<String> sessionToken;
    private final String region;
    private final Clock clock;

    /**
     * Creates the signer's settings.
     *
     * @param accessKeyId the access key id ({@code AWS_ACCESS_KEY_ID})
     * @param secretAccessKey the secret key ({@code AWS_SECRET_ACCESS_KEY})
     * @param sessionToken the session token of temporary credentials ({@code AWS_SESSION_TOKEN}), if any
     * @param region the region signed for, the endpoint's region
     * @param clock the signing time's clock
     */
    SigV4Auth(String accessKeyId, String secretAccessKey, Optional<String> sessionToken, String region, Clock clock) {
        this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
        this.secretAccessKey = Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        this.sessionToken = Objects.requireNonNull(sessionToken, "sessionToken").filter(token -> !token.isBlank());
        this.region = Objects.requireNonNull(region, "region");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Request authorize(Request request) {
        RequestBody body = Objects.requireNonNull(request.body(), "a signed request needs a body");
        byte[] payload = bytes(body);
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(request.method()))
                .protocol(request.url().scheme())
                .host(request.url().host())
                .port(request.url().port())
                .encodedPath(request.url().encodedPath());
        if (body.contentType() != null) {
            unsigned.putHeader("Content-Type", body.contentType().toString());
        }
        AwsCredentialsIdentity identity = sessionToken
                .<AwsCredentialsIdentity>map(token -> AwsSessionCredentialsIdentity.create(accessKeyId, secretAccessKey,
                        token))
                .orElseGet(() -> AwsCredentialsIdentity.create(accessKeyId, secretAccessKey));
        SignedRequest signed = SIGNER.sign(sign -> sign
                .identity(identity)
                .request(unsigned.build())
                .payload(ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(HttpSigner.SIGNING_CLOCK, clock));
        Request.Builder builder = request.newBuilder();
        for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
            builder.removeHeader(header.getKey());
            for (String value : header.getValue()) {
                builder.addHeader(header.getKey(), value);
            }
        }
        return builder.build();
    }

    private static byte[] bytes(RequestBody body) {
        try (Buffer buffer = new Buffer()) {
            body.writeTo(buffer);
            return buffer.readByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body to sign it", e);
        }
    }

    @Override
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>(List.of(secretAccessKey));
        sessionToken.ifPresent(secrets::add);
        return secrets;
    }

    @Override
    public String kind() {
        return "SigV4 (" + region + ")";
    }
}
