package org.imcbench.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.imcbench.jury.Rubrics;
import org.imcbench.jury.VerdictSchema;

/**
 * Measures the {@link LatencyEndpoint} alone: a minimal OkHttp client replays the calls the engine
 * makes on the same cases (per case {@code turns} model calls with an image and the patient replies
 * between them, then a judge call, one after another) with the same number of cases at once, so that
 * its time ÷ the latency bound says how close the fixture itself comes to the bound.
 */
public final class EndpointCalibration {
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** About the size of a downscaled starter image, base64-encoded. */
    private static final int IMAGE_BYTES = 96 * 1024;

    private EndpointCalibration() {
    }

    /**
     * Replays {@code cases × rounds} calls to the endpoint at {@code baseUrl} (its {@code /v1} URL),
     * {@code concurrency} cases at once; the wall time.
     */
    public static Duration replay(String baseUrl, int cases, int turns, int concurrency) {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(concurrency, 5, TimeUnit.MINUTES))
                .dispatcher(dispatcher(concurrency))
                .readTimeout(Duration.ofSeconds(60))
                .build();
        String url = baseUrl + "/chat/completions";
        byte[] model = body(EndpointRole.MODEL_MODEL, true, false);
        byte[] patient = body(EndpointRole.PATIENT_MODEL, false, false);
        byte[] judge = body(EndpointRole.JUDGE_MODEL, false, true);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        try {
            List<Future<?>> chains = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                chains.add(workers.submit(() -> {
                    for (int turn = 1; turn <= turns; turn++) {
                        if (turn > 1) {
                            call(client, url, patient);
                        }
                        call(client, url, model);
                    }
                    call(client, url, judge);
                    return null;
                }));
            }
            for (Future<?> chain : chains) {
                chain.get();
            }
            return Duration.ofNanos(System.nanoTime() - started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calibrating the endpoint", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the endpoint failed a call of the calibration: " + e.getCause(),
                    e.getCause());
        } finally {
            workers.shutdownNow();
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    private static Dispatcher dispatcher(int concurrency) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(concurrency);
        dispatcher.setMaxRequestsPerHost(concurrency);
        return dispatcher;
    }

    private static void call(OkHttpClient client, String url, byte[] body) throws IOException {
        Request request = new Request.Builder().url(url).post(RequestBody.create(body, JSON_TYPE)).build();
        try (Response response = client.newCall(request).execute()) {
            if (response.code() != 200) {
                throw new IOException("HTTP " + response.code() + " from " + url);
            }
            response.body().bytes();
        }
    }

    private static byte[] body(String modelName, boolean image, boolean judge) {
        ObjectNode body = JSON.createObjectNode().put("model", modelName);
        var messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", "You are a careful clinician.");
        var content = messages.addObject().put("role", "user").putArray("content");
        content.addObject().put("type", "text").put("text", "Here is my picture. Should I be worried?");
        if (image) {
            char[] base64 = new char[IMAGE_BYTES];
            Arrays.fill(base64, 'A');
            content.addObject().put("type", "image_url").putObject("image_url")
                    .put("url", "data:image/jpeg;base64," + new String(base64));
        }
        if (judge) {
            var schema = VerdictSchema.of(Rubrics.imcbench());
            ObjectNode format = body.putObject("response_format").put("type", "json_schema");
            format.putObject("json_schema").put("name", schema.name()).put("strict", true).set("schema", schema.schema());
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
