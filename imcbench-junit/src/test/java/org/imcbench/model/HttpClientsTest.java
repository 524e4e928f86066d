package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class HttpClientsTest {
    private static final HttpPolicy POLICY = HttpPolicy.defaults().withMaxAttempts(1);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void aPlainHttpBaseGetsTheSharedClientWithoutTls() throws Exception {
        OkHttpClient plain = HttpClients.shared(POLICY, server.url("/v1"));

        assertThat(plain.connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
        assertThat(HttpClients.shared(POLICY, HttpUrl.get("http://localhost:11434/api"))).isSameAs(plain);
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
        try (Response response = plain.newCall(new Request.Builder().url(server.url("/v1/x")).build()).execute()) {
            assertThat(response.body().string()).isEqualTo("ok");
        }
    }

    @Test
    void anHttpsBaseGetsTheSharedClientThatSpeaksTls() {
        OkHttpClient tls = HttpClients.shared(POLICY, HttpUrl.get("https://api.openai.com/v1"));

        assertThat(tls.connectionSpecs()).anyMatch(ConnectionSpec::isTls);
        assertThat(HttpClients.shared(POLICY, HttpUrl.get("https://api.anthropic.com"))).isSameAs(tls);
        assertThat(HttpClients.shared(POLICY, HttpUrl.get("http://127.0.0.1:8000/v1"))).isNotSameAs(tls);
        assertThat(HttpClients.shared(HttpPolicy.defaults(), HttpUrl.get("https://api.openai.com/v1")))
                .isNotSameAs(tls);
    }

    @Test
    void aPlainHttpClientAnswersARedirectToHttpsWithTheRedirectItself() throws Exception {
        server.enqueue(new MockResponse.Builder().code(307).addHeader("Location", "https://example.org/v1/x")
                .build());
        OkHttpClient plain = HttpClients.shared(POLICY, server.url("/"));

        try (Response response = plain.newCall(new Request.Builder().url(server.url("/v1/x")).build()).execute()) {
            assertThat(response.code()).isEqualTo(307);
        }
    }
}
