package org.imcbench.jury;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a judge's answer tolerantly: the JSON object in it that parses and has a {@code scores}
 * field (so code fences and prose around it do no harm; the same object twice is one verdict, two
 * different ones make the answer unusable), then strictly checks that it scores exactly the rubric's
 * dimensions, each once, with an integer 1..5 and a rationale. Dimension keys are matched
 * ignoring case and surrounding space; a score written as a string of digits is accepted.
 */
final class VerdictParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VerdictParser() {
    }

    /** Why an answer was unusable, in words fit for a repair request and an error message. */
    static final class UnusableAnswer extends Exception {
        private static final long serialVersionUID = 1L;

        UnusableAnswer(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The scores in rubric order. */
    static List<DimensionScore> parse(String answer, Rubric rubric) throws UnusableAnswer {
        JsonNode root = firstObject(answer);
        JsonNode scores = root.get("scores");
        if (scores == null || !scores.isArray()) {
            throw new UnusableAnswer("the JSON object has no \"scores\" array");
        }
        Map<String, DimensionScore> byKey = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            DimensionScore score = entry(scores.get(i), "scores[" + i + "]", rubric);
            if (byKey.put(score.dimension(), score) != null) {
                throw new UnusableAnswer("dimension '" + score.dimension() + "' is scored more than once");
            }
        }
        List<String> missing = rubric.dimensions().stream().map(Dimension::key)
                .filter(key -> !byKey.containsKey(key)).toList();
        if (!missing.isEmpty()) {
            throw new UnusableAnswer("missing dimension(s): " + String.join(", ", missing));
        }
        return rubric.dimensions().stream().map(d -> byKey.get(d.key())).toList();
    }

    private static DimensionScore entry(JsonNode node, String path, Rubric rubric) throws UnusableAnswer {
        if (!node.isObject()) {
            throw new UnusableAnswer(path + " is not an object");
        }
        JsonNode dimensionNode = node.get("dimension");
        if (dimensionNode == null || !dimensionNode.isTextual()) {
            throw new UnusableAnswer(path + ".dimension is missing or not a string");
        }
        String dimension = null;
        for (Dimension d : rubric.dimensions()) {
            if (d.key().equalsIgnoreCase(dimensionNode.asText().strip())) {
                dimension = d.key();
            }
        }
        if (dimension == null) {
            throw new UnusableAnswer(path + ".dimension '" + dimensionNode.asText() + "' is not a dimension of the "
                    + "rubric (expected one of: " + String.join(", ", keys(rubric)) + ")");
        }
        int score = score(node.get("score"), path + ".score");
        JsonNode rationale = node.get("rationale");
        if (rationale == null || !rationale.isTextual() || rationale.asText().isBlank()) {
            throw new UnusableAnswer(path + ".rationale is missing or empty");
        }
        return new DimensionScore(dimension, score, rationale.asText().strip());
    }

    private static int score(JsonNode node, String path) throws UnusableAnswer {
        if (node == null || node.isNull()) {
            throw new UnusableAnswer(path + " is missing");
        }
        String shown = node.isTextual() ? "\"" + node.asText() + "\"" : node.toString();
        Integer value = null;
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            value = node.intValue();
        } else if (node.isTextual() && node.asText().strip().matches("[0-9]{1,2}")) {
            value = Integer.parseInt(node.asText().strip());
        }
        if (value == null || value < DimensionScore.LOWEST || value > DimensionScore.HIGHEST) {
            throw new UnusableAnswer(path + " must be an integer from 1 to 5, was " + shown);
        }
        return value;
    }

    /**
     * The one verdict in the answer: the object with a {@code scores} field (else the first object,
     * so that the caller names what it lacks). Objects are read left to right, each skipped as a
     * whole once read; a second verdict equal to the first is accepted, a different one makes the
     * answer unusable (a judge that says 1 and then 5 has not decided).
     */
    private static JsonNode firstObject(String answer) throws UnusableAnswer {
        if (answer == null || answer.isBlank()) {
            throw new UnusableAnswer("the answer is empty");
        }
        String firstError = null;
        JsonNode firstObject = null;
        JsonNode verdict = null;
        int start = answer.indexOf('{');
        while (start >= 0) {
            int next = start + 1;
            try (JsonParser parser = MAPPER.createParser(answer.substring(start))) {
                JsonNode node = MAPPER.readTree(parser);
                if (node != null && node.isObject()) {
                    next = start + (int) parser.currentLocation().getCharOffset();
                    if (!node.has("scores")) {
                        firstObject = firstObject == null ? node : firstObject;
                    } else if (verdict == null) {
                        verdict = node;
                    } else if (!verdict.equals(node)) {
                        throw new UnusableAnswer("the answer holds two different verdicts (" + scoresOf(verdict)
                                + " and " + scoresOf(node) + "); give exactly one JSON object");
                    }
                }
            } catch (JsonProcessingException e) {
                firstError = firstError == null ? e.getOriginalMessage() : firstError;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            start = answer.indexOf('{', Math.max(next, start + 1));
        }
        if (verdict != null) {
            return verdict;
        }
        if (firstObject != null) {
            return firstObject;
        }
        throw new UnusableAnswer(firstError == null ? "the answer contains no JSON object"
                : "the answer contains no valid JSON object (" + firstError + ")");
    }

    /** The scores of a verdict as {@code dimension=score} pairs, for the message about two verdicts. */
    private static String scoresOf(JsonNode verdict) {
        List<String> pairs = new ArrayList<>();
        verdict.path("scores").forEach(entry -> pairs.add(entry.path("dimension").asText("?") + "="
                + entry.path("score").asText("?")));
        return String.join(", ", pairs);
    }

    private static List<String> keys(Rubric rubric) {
        List<String> keys = new ArrayList<>();
        rubric.dimensions().forEach(d -> keys.add(d.key()));
        return keys;
    }
}
