package org.imcbench.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a promptfoo eval wrote to its output file ({@code -o results.json}): how many results it holds and
 * the counts and duration of its {@code results.stats}. The file is read as a stream (each result keeps its
 * rendered prompt, base64 image included, so it is hundreds of MB at a thousand image cases); only the
 * stats are kept.
 *
 * @param results the results in {@code results.results}, one per test and prompt
 * @param successes tests whose assertions passed
 * @param failures tests whose assertions failed
 * @param errors tests that ended in an error (a provider error, an unreadable grade)
 * @param evaluationMillis promptfoo's own duration of the evaluation ({@code stats.durationMs}): the tests'
 *                         calls and assertions, without node's start, config loading and writing the results
 * @param runtime the promptfoo and node versions the output names ({@code metadata}), e.g.
 *                {@code promptfoo 0.120.27 on node v20.20.2}
 */
public record PromptfooResults(long results, long successes, long failures, long errors, long evaluationMillis,
        String runtime) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads an output file of {@code promptfoo eval -o}. */
    public static PromptfooResults read(Path file) throws IOException {
        long results = -1;
        JsonNode stats = null;
        JsonNode metadata = null;
        try (JsonParser parser = JSON.getFactory().createParser(file.toFile())) {
            expect(parser.nextToken(), JsonToken.START_OBJECT, file);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("results".equals(field) && value == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String inner = parser.currentName();
                        JsonToken innerValue = parser.nextToken();
                        if ("stats".equals(inner)) {
                            stats = JSON.readTree(parser);
                        } else if ("results".equals(inner) && innerValue == JsonToken.START_ARRAY) {
                            results = count(parser);
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else if ("metadata".equals(field)) {
                    metadata = JSON.readTree(parser);
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (stats == null || results < 0) {
            throw new IOException(file + " has no results.stats or results.results: not the output of promptfoo eval");
        }
        return new PromptfooResults(results, stats.path("successes").asLong(), stats.path("failures").asLong(),
                stats.path("errors").asLong(), stats.path("durationMs").asLong(-1), metadata == null ? "unknown versions"
                        : "promptfoo " + metadata.path("promptfooVersion").asText("?") + " on node "
                        + metadata.path("nodeVersion").asText("?"));
    }

    /** Whether every one of {@code tests} tests was evaluated and passed. */
    public boolean allPassed(long tests) {
        return results == tests && successes == tests && failures == 0 && errors == 0;
    }

    /** {@code 384 results: 384 passed, 0 failed, 0 errors in 2.41 s (promptfoo 0.120.27 on node v20.20.2)}. */
    @Override
    public String toString() {
        return results + " results: " + successes + " passed, " + failures + " failed, " + errors + " errors in "
                + String.format(Locale.ROOT, "%.2f s", evaluationMillis / 1000.0) + " (" + runtime + ")";
    }

    private static long count(JsonParser parser) throws IOException {
        long count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.skipChildren();
            count++;
        }
        return count;
    }

    private static void expect(JsonToken token, JsonToken expected, Path file) throws IOException {
        if (token != expected) {
            throw new IOException(file + " is not a JSON object");
        }
    }
}
