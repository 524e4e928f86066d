package org.imcbench.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A case file as Jackson binds it, after its JSON Schema ({@code imcbench/schema/case.schema.json})
 * accepted it: the file's shape, no rules. {@link CaseReader} turns it into a {@link BenchmarkCase}.
 * Absent optional values are {@code null}.
 */
record CaseDocument(String id, String title, String specialty, String modality, List<String> tags,
        Boolean malignant, Boolean rare, String audience, String urgency, String language, String provenance,
        List<String> guidance, List<Image> images, PatientProfile patient, Persona persona, GroundTruth groundTruth,
        Plan plan) {

    /** An entry of {@code images}. */
    record Image(String uri, String sha256, String mediaType, String license, String attribution, String role,
            Integer shownAtTurn, List<RoiBox> rois, String description) {
    }

    /** An entry of an image's {@code rois}. */
    record RoiBox(String id, String label, List<Double> box) {
    }

    /** The {@code plan}, by its {@code type}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Scripted.class, name = "scripted"),
            @JsonSubTypes.Type(value = Simulated.class, name = "simulated")})
    sealed interface Plan permits Scripted, Simulated {
    }

    /** A scripted plan. */
    record Scripted(List<Turn> turns) implements Plan {
    }

    /** A simulated plan. */
    record Simulated(String opening, String goal, Integer maxTurns) implements Plan {
    }

    /** A scripted turn: a string, or an object with the text and the ROIs it refers to. */
    record Turn(String text, List<String> rois, String zoom) {
        /** The object form. */
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        Turn {
        }

        /** The string form. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Turn of(String text) {
            return new Turn(text, null, null);
        }
    }
}
