package org.imcbench.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A JSON schema the answer must follow, for providers with structured output; others get the
 * schema in the prompt and their answer is parsed tolerantly.
 *
 * @param name a short identifier of the schema, e.g. {@code imcbench_verdict}
 * @param schema the JSON schema
 */
public record ResponseSchema(String name, ObjectNode schema) {
    /** Checks that both components are present. */
    public ResponseSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
    }
}
