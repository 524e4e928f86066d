package org.imcbench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The fixture against the bound it must not distort: 128 cases at once, real OkHttp over loopback. */
class LatencyEndpointTest {
    private static final Duration LATENCY = Duration.ofMillis(300);

    @Test
    void answersEveryRoleAndHoldsMoreThan64CallsInFlight() {
        try (LatencyEndpoint endpoint = LatencyEndpoint.start(LATENCY)) {
            // 128 cases of 2 model turns at once: a model call, a patient reply, a model call, a judge call
            Duration took = EndpointCalibration.replay(endpoint.baseUrl(), 128, 2, 128);

            EndpointCounts counts = endpoint.counts();
            assertThat(counts.calls()).isEqualTo(Map.of(EndpointRole.MODEL, 256L, EndpointRole.PATIENT, 128L,
                    EndpointRole.JUDGE, 128L));
            assertThat(counts.rejected()).isZero();
            assertThat(counts.maxInFlight()).isGreaterThanOrEqualTo(64);
            // four rounds of 300 ms; sequential or dropped calls would take many times that
            assertThat(took).isBetween(LATENCY.multipliedBy(4), LATENCY.multipliedBy(12));
        }
    }

    @Test
    void answersPromptfoosGraderWithTheGradeItsLlmRubricParses() throws Exception {
        ObjectMapper json = new ObjectMapper();
        OkHttpClient client = new OkHttpClient();
        // promptfoo's llm-rubric call: a system prompt asking for {reason, pass, score}, no response_format
        String body = """
                {"model": "bench-grader", "messages": [{"role": "system", "content": "You are grading output"},
                 {"role": "user", "content": "<Output>See a doctor.</Output><Rubric>Advises review</Rubric>"}],
                 "max_tokens": 1024, "temperature": 0}
                """;
        try (LatencyEndpoint endpoint = LatencyEndpoint.start(Duration.ofMillis(20));
                Response response = client.newCall(new Request.Builder().url(endpoint.baseUrl() + "/chat/completions")
                        .post(RequestBody.create(body, MediaType.get("application/json"))).build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
            JsonNode answer = json.readTree(response.body().string());
            JsonNode grade = json.readTree(answer.at("/choices/0/message/content").asText());

            assertThat(grade.path("pass").isBoolean()).isTrue();
            assertThat(grade.path("pass").asBoolean()).isTrue();
            assertThat(grade.path("score").asInt()).isEqualTo(1);
            assertThat(grade.path("reason").asText()).isNotBlank();
            assertThat(answer.path("model").asText()).isEqualTo(EndpointRole.GRADER_MODEL);
            assertThat(endpoint.counts().calls()).isEqualTo(Map.of(EndpointRole.MODEL, 0L, EndpointRole.PATIENT, 0L,
                    EndpointRole.JUDGE, 1L));
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
