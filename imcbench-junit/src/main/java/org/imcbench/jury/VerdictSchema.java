package org.imcbench.jury;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.imcbench.model.ResponseSchema;

/**
 * The JSON schema of a judge's answer for a rubric, for providers with structured output:
 * {@code {"scores":[{"dimension": <enum of the rubric's keys>, "score": <1..5>, "rationale": "..."}]}}
 * with {@code additionalProperties: false} throughout. The exact count of entries is checked when
 * parsing, not in the schema, because not every provider supports {@code minItems}.
 */
public final class VerdictSchema {
    /** The schema's name as sent to providers. */
    public static final String NAME = "imcbench_verdict";

    private VerdictSchema() {
    }

    /** The schema of a verdict on the given rubric. */
    public static ResponseSchema of(Rubric rubric) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode dimension = json.objectNode().put("type", "string");
        ArrayNode keys = dimension.putArray("enum");
        rubric.dimensions().forEach(d -> keys.add(d.key()));
        ObjectNode score = json.objectNode().put("type", "integer");
        ArrayNode values = score.putArray("enum");
        for (int value = 1; value <= 5; value++) {
            values.add(value);
        }
        ObjectNode item = json.objectNode().put("type", "object");
        item.putObject("properties")
                .<ObjectNode>set("dimension", dimension)
                .<ObjectNode>set("score", score)
                .putObject("rationale").put("type", "string");
        item.putArray("required").add("dimension").add("score").add("rationale");
        item.put("additionalProperties", false);

        ObjectNode root = json.objectNode().put("type", "object");
        root.putObject("properties").putObject("scores").put("type", "array").set("items", item);
        root.putArray("required").add("scores");
        root.put("additionalProperties", false);
        return new ResponseSchema(NAME, root);
    }
}
