package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class BedrockConverseProtocolTest extends ProviderContractTest {
    private static final String TOKEN = "ABSKQmVkcm9ja0FQSUtleS1QTEFOVEVE";
    private static final String MODEL_ID = "us.amazon.nova-pro-v1:0";
    private static final String ACCESS_KEY = "AKIDEXAMPLE";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final Clock SIGNING_CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/bedrock/aws4_request, "
                    + "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");

    @Override
    ChatProtocol protocol(String baseUrl) {
        return new BedrockConverseProtocol(baseUrl, MODEL_ID, new BedrockApiKeyAuth(TOKEN));
    }

    @Override
    String plantedKey() {
        return TOKEN;
    }

    @Override
    String answerBody(String text) {
        return """
                {"output":{"message":{"role":"assistant","content":[{"text":"%s"}]}},"stopReason":"end_turn",
                 "usage":{"inputTokens":11,"outputTokens":7,"totalTokens":18},"metrics":{"latencyMs":830}}"""
                .formatted(text);
    }

    @Override
    MockResponse.Builder errorResponse(int code, String message) {
        String type = code == 429 ? "ThrottlingException" : code >= 500 ? "InternalServerException"
                : "ValidationException";
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .addHeader("x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazon.bedrock/")
                .addHeader("x-amzn-RequestId", "6d1c-req").body("{\"message\":\"" + message + "\"}");
    }

    private HttpChatModel signedModel(Optional<String> sessionToken) {
        SigV4Auth auth = new SigV4Auth(ACCESS_KEY, SECRET_KEY, sessionToken, "us-east-1", SIGNING_CLOCK);
        return new HttpChatModel("bedrock:" + MODEL_ID,
                new BedrockConverseProtocol(server.url("/").toString(), MODEL_ID, auth),
                HttpClients.create(HttpPolicy.defaults(), waits::add, () -> 0.5));
    }

    @Test
    void sendsATwoTurnConversationWithAnImageInTheConverseShape() throws Exception {
        server.enqueue(json(200, answerBody("It may be a mole.")));

        ChatResponse response = model().chat(conversation());

        assertThat(response.model()).isEqualTo(MODEL_ID);
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(body(recorded)).isEqualTo(json("""
                {"system":[{"text":"You are a doctor."}],
                 "messages":[
                  {"role":"user","content":[{"image":{"format":"png","source":{"bytes":"%s"}}},
                                            {"text":"What is this spot?"}]},
                  {"role":"assistant","content":[{"text":"Tell me more."}]},
                  {"role":"user","content":[{"text":"It is growing."}]}],
                 "inferenceConfig":{"maxTokens":300,"temperature":0.2}}""".formatted(IMAGE_BASE64)));
    }

    @Test
    void percentEncodesTheModelIdAsOnePathSegment() throws Exception {
        server.enqueue(json(200, answerBody("ok")));
        String arn = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0";
        new HttpChatModel("bedrock:arn", new BedrockConverseProtocol(server.url("/").toString(), arn,
                new BedrockApiKeyAuth(TOKEN)), HttpClients.create(HttpPolicy.defaults(), waits::add, () -> 0.5))
                .chat(conversation());
        server.enqueue(json(200, answerBody("ok")));
        model().chat(conversation());

        assertThat(server.takeRequest().getTarget()).isEqualTo("/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012"
                + "%3Ainference-profile%2Fus.amazon.nova-pro-v1%3A0/converse");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/model/us.amazon.nova-pro-v1%3A0/converse");
        assertThat(Provider.BEDROCK.baseUrlIn("eu-west-1")).isEqualTo("https://bedrock-runtime.eu-west-1.amazonaws.com");
    }

    @Test
    void forcesAToolForAStructuredAnswerAndReadsItsInput() throws Exception {
        server.enqueue(json(200, """
                {"output":{"message":{"role":"assistant","content":[
                   {"toolUse":{"toolUseId":"tooluse_1","name":"imcbench_verdict","input":{"score":2}}}]}},
                 "stopReason":"tool_use","usage":{"inputTokens":30,"outputTokens":9}}"""));

        ChatResponse response = model().chat(judgeRequest());

        assertThat(json(response.text())).isEqualTo(json("{\"score\":2}"));
        JsonNode toolConfig = body(server.takeRequest()).path("toolConfig");
        assertThat(toolConfig.path("tools").path(0).path("toolSpec").path("name").asText()).isEqualTo("imcbench_verdict");
        assertThat(toolConfig.path("tools").path(0).path("toolSpec").path("inputSchema").path("json")).isEqualTo(schema());
        assertThat(toolConfig.path("toolChoice")).isEqualTo(json("{\"tool\":{\"name\":\"imcbench_verdict\"}}"));
    }

    @Test
    void failsAValidationExceptionAtOnceNamingIt() {
        server.enqueue(errorResponse(400, "The model returned the following errors: bad image").build());

        ModelException e = catchThrowableOfType(ModelException.class, () -> model().chat(conversation()));

        assertThat(e.getMessage()).endsWith(
                "(API key) failed: HTTP 400 after 1 attempt: ValidationException: The model returned the following "
                        + "errors: bad image");
    }

    @Test
    void rejectsAnImageTypeBedrockDoesNotTakeWithoutSending() {
        ChatRequest heic = ChatRequest.of(List.of(ChatMessage.user("look",
                List.of(new ImagePart(IMAGE_BYTES, "image/heic", "abc")))), 0, 10);

        ModelException e = catchThrowableOfType(ModelException.class, () -> model().chat(heic));

        assertThat(e.getMessage()).contains("cannot send the request: Bedrock takes png, jpeg, gif or webp images, "
                + "not image/heic");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void signsWithSigV4SoThatAnIndependentCheckAccepts() throws Exception {
        server.enqueue(json(200, answerBody("ok")));

        signedModel(Optional.empty()).chat(conversation());

        RecordedRequest recorded = server.takeRequest();
        String authorization = recorded.getHeaders().get("Authorization");
        assertThat(authorization).startsWith(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260102/us-east-1/bedrock/aws4_request");
        assertThat(recorded.getHeaders().get("X-Amz-Date")).isEqualTo("20260102T030405Z");
        assertThat(recorded.getHeaders().get("X-Amz-Security-Token")).isNull();
        assertThat(authorization).doesNotContain(SECRET_KEY);
        assertThat(expectedSignature(recorded)).isEqualTo(signatureOf(authorization));
    }

    @Test
    void sendsTheSessionTokenOfTemporaryCredentialsSigned() throws Exception {
        server.enqueue(json(200, answerBody("ok")));

        signedModel(Optional.of("FwoGZXIvYXdzEPLANTEDSESSION")).chat(conversation());

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getHeaders().get("X-Amz-Security-Token")).isEqualTo("FwoGZXIvYXdzEPLANTEDSESSION");
        Matcher matcher = AUTHORIZATION.matcher(recorded.getHeaders().get("Authorization"));
        assertThat(matcher.matches()).isTrue();
        assertThat(matcher.group(4).split(";")).contains("host", "x-amz-date", "x-amz-security-token");
        assertThat(expectedSignature(recorded)).isEqualTo(matcher.group(5));
    }

    @Test
    void neverPutsTheSecretKeyInAMessage() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(errorResponse(500, "echo " + SECRET_KEY).build());
        }
        HttpChatModel model = signedModel(Optional.of("FwoGZXIvYXdzEPLANTEDSESSION"));

        ModelException e = catchThrowableOfType(ModelException.class, () -> model.chat(conversation()));

        assertThat(e.getMessage()).doesNotContain(SECRET_KEY).contains("SigV4 (us-east-1)");
        assertThat(model.toString()).doesNotContain(SECRET_KEY).doesNotContain("PLANTEDSESSION");
    }

    private static String signatureOf(String authorization) {
        Matcher matcher = AUTHORIZATION.matcher(authorization);
        assertThat(matcher.matches()).as(authorization).isTrue();
        return matcher.group(5);
    }

    /**
     * SigV4 as AWS verifies it, written from the specification for this test only: the canonical
     * request (path encoded twice), the string to sign and the derived key.
     */
    private static String expectedSignature(RecordedRequest recorded) throws Exception {
        Matcher matcher = AUTHORIZATION.matcher(recorded.getHeaders().get("Authorization"));
        assertThat(matcher.matches()).isTrue();
        String date = matcher.group(2);
        String region = matcher.group(3);
        List<String> signedHeaders = List.of(matcher.group(4).split(";"));
        String canonicalHeaders = signedHeaders.stream()
                .map(name -> name + ":" + recorded.getHeaders().get(name).trim() + "\n")
                .collect(Collectors.joining());
        String canonicalPath = recorded.getUrl().encodedPath().replace("%", "%25");
        String canonicalRequest = String.join("\n", "POST", canonicalPath, "", canonicalHeaders,
                String.join(";", signedHeaders), hex(sha256(recorded.getBody().toByteArray())));
        String amzDate = recorded.getHeaders().get("X-Amz-Date");
        String scope = date + "/" + region + "/bedrock/aws4_request";
        String stringToSign = String.join("\n", "AWS4-HMAC-SHA256", amzDate, scope,
                hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8))));
        byte[] key = hmac(("AWS4" + SECRET_KEY).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, "bedrock");
        key = hmac(key, "aws4_request");
        return hex(hmac(key, stringToSign));
    }

    private static byte[] sha256(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
