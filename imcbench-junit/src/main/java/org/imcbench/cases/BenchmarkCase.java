package org.imcbench.cases;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One IMCBench case: real clinical image(s), a synthetic patient, the ground truth a jury judges
 * against, and the plan of the conversation.
 *
 * @param id stable identifier, unique within a suite (e.g. {@code derm-004})
 * @param title a short human-readable title
 * @param specialty clinical specialty, e.g. {@code dermatology}
 * @param modality imaging modality, e.g. {@code dermoscopy}
 * @param tags free tags, become JUnit tags
 * @param malignant whether the condition is malignant
 * @param rare whether the condition is rare
 * @param audience who talks to the model under test
 * @param urgency how soon the condition needs care, when the case says
 * @param language BCP-47 tag of the conversation's language, e.g. {@code en}
 * @param provenance where the image(s), the label and the synthetic profile come from, when the case
 *     says; for reviewers and reports, never sent to the model under test or the patient simulator
 * @param guidance citations of the guidance behind the ground truth; never sent to the model under
 *     test or the patient simulator
 * @param images the images of the case, in the order they are shown
 * @param patient the synthetic EHR context the model under test sees
 * @param persona what only the patient side knows
 * @param groundTruth what the jury judges against
 * @param plan how the conversation runs
 * @param source where the case was loaded from (file or classpath URL); relative image paths
 *     resolve against it
 * @param locations where each value is in the case file, for errors found after loading
 */
public record BenchmarkCase(
        String id,
        String title,
        String specialty,
        String modality,
        List<String> tags,
        boolean malignant,
        boolean rare,
        Audience audience,
        Optional<Urgency> urgency,
        String language,
        Optional<String> provenance,
        List<String> guidance,
        List<CaseImage> images,
        PatientProfile patient,
        Persona persona,
        GroundTruth groundTruth,
        ConversationPlan plan,
        URI source,
        CaseLocations locations) {

    /** The language of a case that does not name one. */
    public static final String DEFAULT_LANGUAGE = "en";

    /** Copies the lists and checks that the required components are present. */
    public BenchmarkCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        tags = List.copyOf(tags);
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(provenance, "provenance");
        guidance = List.copyOf(guidance);
        images = List.copyOf(images);
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(groundTruth, "groundTruth");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(locations, "locations");
    }

    /**
     * A case built in code: a patient audience, no urgency, English, no provenance or guidance, and no
     * file positions.
     */
    public BenchmarkCase(String id, String title, String specialty, String modality, List<String> tags,
            boolean malignant, boolean rare, List<CaseImage> images, PatientProfile patient, Persona persona,
            GroundTruth groundTruth, ConversationPlan plan, URI source) {
        this(id, title, specialty, modality, tags, malignant, rare, Audience.PATIENT, Optional.empty(),
                DEFAULT_LANGUAGE, Optional.empty(), List.of(), images, patient, persona, groundTruth, plan, source, CaseLocations.unknown(source));
    }

    /** The primary subtag of the case's language, lower case ({@code de} for {@code de-AT}). */
    public String primaryLanguage() {
        return primaryLanguage(language);
    }

    /**
     * The primary subtag of a BCP-47 tag, lower case ({@code de} for {@code de-AT}); {@link #DEFAULT_LANGUAGE}
     * for a missing, blank or malformed tag.
     */
    public static String primaryLanguage(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        String lower = languageTag.strip().toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        String primary = dash < 0 ? lower : lower.substring(0, dash);
        return primary.matches("[a-z]{2,8}") ? primary : DEFAULT_LANGUAGE;
    }

    /** The region of interest with this id, in whichever image of the case has it. */
    public Optional<Roi> roi(String roiId) {
        return images.stream().flatMap(image -> image.roi(roiId).stream()).findFirst();
    }
}
