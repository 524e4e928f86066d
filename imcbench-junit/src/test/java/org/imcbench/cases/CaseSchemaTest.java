package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas shipped in the jar ({@code imcbench/schema/}) declare exactly the fields the
 * loader accepts, so an editor's validation and autocompletion match what a run checks.
 */
class CaseSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void caseSchemaDeclaresTheFieldsTheLoaderAccepts() throws IOException {
        JsonNode schema = read("imcbench/schema/case.schema.json");
        JsonNode defs = schema.get("$defs");

        assertThat(names(schema)).isEqualTo(CaseReader.CASE_FIELDS);
        assertThat(names(defs.get("image"))).isEqualTo(CaseReader.IMAGE_FIELDS);
        assertThat(names(defs.get("roi"))).isEqualTo(CaseReader.ROI_FIELDS);
        assertThat(names(defs.get("turn").get("oneOf").get(1))).isEqualTo(CaseReader.TURN_FIELDS);
        assertThat(names(defs.get("patient"))).isEqualTo(CaseReader.PATIENT_FIELDS);
        assertThat(names(defs.get("groundTruth"))).isEqualTo(CaseReader.GROUND_TRUTH_FIELDS);
        assertThat(names(defs.get("scriptedPlan"))).isEqualTo(CaseReader.SCRIPTED_FIELDS);
        assertThat(names(defs.get("simulatedPlan"))).isEqualTo(CaseReader.SIMULATED_FIELDS);
        assertThat(schema.get("additionalProperties").booleanValue()).isFalse();
    }

    @Test
    void suiteSchemaDeclaresTheFieldsTheSuiteReaderAccepts() throws IOException {
        assertThat(names(read("imcbench/schema/suite.schema.json"))).isEqualTo(SuiteFileReader.FIELDS);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = CaseSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return JSON.readTree(in);
        }
    }
}
