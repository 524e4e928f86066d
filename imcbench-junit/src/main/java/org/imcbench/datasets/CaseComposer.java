package org.imcbench.datasets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.imcbench.cases.Audience;
import org.imcbench.cases.Finding;
import org.imcbench.cases.GroundTruth;
import org.imcbench.cases.HiddenFact;
import org.imcbench.cases.PatientProfile;

/**
 * Writes the JSON of one generated case in the case format: its images (relative to the dataset root,
 * with their licence and attribution, and the dataset's boxes as regions of interest), the drawn
 * patient, the ground truth from the labels, and the plan — a scripted plan with a zoom-in when a
 * box exists, a simulated patient otherwise (a clinician gets a short scripted plan).
 */
final class CaseComposer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int SIMULATED_TURNS = 4;

    private final Dataset dataset;
    private final ImageLicence licence;
    private final ProfileGenerator profiles;

    /** The licence and credit every image of a run carries. */
    record ImageLicence(String license, String attribution) {
        ImageLicence {
            Objects.requireNonNull(license, "license");
            Objects.requireNonNull(attribution, "attribution");
        }
    }

    /** An image of a case: the file and the row it belongs to. */
    record Study(DatasetRow row, DatasetImage image) {
    }

    CaseComposer(Dataset dataset, ImageLicence licence, ProfileGenerator profiles) {
        this.dataset = dataset;
        this.licence = licence;
        this.profiles = profiles;
    }

    /**
     * The case JSON.
     *
     * @param id the case id
     * @param prior the earlier study of the same patient, or {@code null} for a single-image case
     * @param current the study the ground truth is about
     * @param truth the ground truth from the current study's labels
     * @param audience who talks to the model under test
     * @param patient the drawn patient
     * @return the case
     */
    ObjectNode compose(String id, Study prior, Study current, LabelTruth truth, Audience audience,
            GeneratedPatient patient) {
        ObjectNode node = NODES.objectNode();
        node.put("id", id);
        node.put("title", title(current.row(), prior != null));
        node.put("audience", audience.jsonName());
        node.put("urgency", truth.urgency().jsonName());
        node.put("language", "en");
        node.put("specialty", dataset.specialty());
        node.put("modality", dataset.modality());
        ArrayNode tags = node.putArray("tags").add(dataset.specialty()).add(dataset.modality()).add(dataset.id())
                .add("generated");
        if (prior != null) {
            tags.add("prior-study");
        }
        node.put("malignant", truth.malignant());
        node.put("rare", truth.rare());
        ArrayNode images = node.putArray("images");
        List<String> rois = new ArrayList<>();
        if (prior != null) {
            images.add(image(prior, "prior", List.of()));
        }
        images.add(image(current, "current", rois));
        node.set("patient", patient(patient.profile()));
        node.set("persona", persona(patient));
        node.set("groundTruth", groundTruth(truth.groundTruth()));
        node.set("plan", plan(opening(current.row(), prior != null, audience, patient.complaint()), rois,
                audience));
        return node;
    }

    private String title(DatasetRow row, boolean withPrior) {
        String words = dataset.clinicianImageWords();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + (withPrior ? " with a prior study" : "")
                + ", " + who(row) + " (" + dataset.id() + " " + row.imageFile() + ")";
    }

    /** E.g. {@code 57-year-old man}; {@code adult patient} when the row gives neither age nor sex. */
    private static String who(DatasetRow row) {
        String person = row.sex().map(sex -> sex.equals("male") ? "man" : "woman").orElse("patient");
        return row.age().isPresent() ? row.age().getAsInt() + "-year-old " + person : "a " + person;
    }

    private ObjectNode image(Study study, String role, List<String> roiIds) {
        ObjectNode image = NODES.objectNode();
        image.put("uri", study.image().relativePath());
        image.put("sha256", study.image().sha256());
        image.put("mediaType", study.image().mediaType());
        image.put("license", licence.license());
        image.put("attribution", licence.attribution() + " Image " + study.row().imageFile() + ".");
        image.put("role", role);
        image.put("shownAtTurn", 1);
        ArrayNode rois = NODES.arrayNode();
        for (BoundingBox box : study.row().boxes()) {
            String roiId = "region-" + (roiIds.size() + 1);
            double width = study.row().originalWidth().orElse(study.image().width());
            double height = study.row().originalHeight().orElse(study.image().height());
            double x0 = clamp(box.x() / width);
            double y0 = clamp(box.y() / height);
            double x1 = clamp((box.x() + box.width()) / width);
            double y1 = clamp((box.y() + box.height()) / height);
            if (x0 < x1 && y0 < y1) {
                roiIds.add(roiId);
                rois.addObject().put("id", roiId).put("label", box.label().replace('_', ' '))
                        .set("box", NODES.arrayNode().add(x0).add(y0).add(x1).add(y1));
            }
        }
        if (!rois.isEmpty()) {
            image.set("rois", rois);
        }
        return image;
    }

    /** A fraction rounded to four places, within 0..1. */
    private static double clamp(double fraction) {
        return Math.round(Math.max(0, Math.min(1, fraction)) * 10_000) / 10_000.0;
    }

    private String opening(DatasetRow row, boolean withPrior, Audience audience, String complaint) {
        if (audience == Audience.CLINICIAN) {
            String who = who(row);
            String view = row.view().map(v -> " (" + v + " view)").orElse("");
            String images = withPrior
                    ? "An earlier " + dataset.clinicianImageWords() + view + " (image 1) and today's (image 2) are attached."
                    : Character.toUpperCase(dataset.clinicianImageWords().charAt(0))
                            + dataset.clinicianImageWords().substring(1) + view + " attached.";
            return Character.toUpperCase(who.charAt(0)) + who.substring(1) + ", here about " + complaint
                    + " (in the patient's words). " + images + (withPrior ? " What has changed, what is your read,"
                            : " What is your read,") + " and what would you do next?";
        }
        return "Hello. I'm here about " + complaint + ". "
                + (withPrior ? "Here are two images: an earlier one and the new one. What has changed, and what "
                        + "should I do?" : "Here is " + dataset.patientImageWords()
                        + ". What does it show, and what should I do?");
    }

    private ObjectNode plan(String opening, List<String> rois, Audience audience) {
        ObjectNode plan = NODES.objectNode();
        boolean clinician = audience == Audience.CLINICIAN;
        String last = clinician ? "How would you manage this, and how urgently?" : "What should I do now, and how soon?";
        if (rois.isEmpty() && !clinician) {
            return plan.put("type", "simulated").put("opening", opening).put("goal", profiles.goal(audience))
                    .put("maxTurns", SIMULATED_TURNS);
        }
        plan.put("type", "scripted");
        ArrayNode turns = plan.putArray("turns").add(opening);
        if (!rois.isEmpty()) {
            ObjectNode turn = turns.addObject();
            turn.put("text", clinician ? "Look closely at the marked region. What do you see there, and does it "
                    + "change your plan?" : "What about this area here? Is it important?");
            rois.forEach(turn.putArray("rois")::add);
            turn.put("zoom", rois.get(0));
        }
        turns.add(last);
        return plan;
    }

    private static ObjectNode patient(PatientProfile profile) {
        ObjectNode node = NODES.objectNode();
        if (profile.age() != null) {
            node.put("age", profile.age());
        }
        if (profile.sex() != null) {
            node.put("sex", profile.sex());
        }
        profile.history().forEach(node.putArray("history")::add);
        profile.medications().forEach(node.putArray("medications")::add);
        profile.allergies().forEach(node.putArray("allergies")::add);
        node.set("vitals", map(profile.vitals()));
        node.set("labs", map(profile.labs()));
        if (profile.notes() != null) {
            node.put("notes", profile.notes());
        }
        return node;
    }

    private static ObjectNode map(Map<String, String> values) {
        ObjectNode node = NODES.objectNode();
        values.keySet().stream().sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(key -> key))
                .forEach(key -> node.put(key, values.get(key)));
        return node;
    }

    private static ObjectNode persona(GeneratedPatient patient) {
        ObjectNode node = NODES.objectNode();
        node.put("description", patient.persona().description());
        ArrayNode facts = node.putArray("hiddenFacts");
        for (HiddenFact fact : patient.persona().hiddenFacts()) {
            ObjectNode factNode = facts.addObject().put("topic", fact.topic());
            fact.cues().forEach(factNode.putArray("cues")::add);
            factNode.put("fact", fact.fact());
        }
        return node;
    }

    private static ObjectNode groundTruth(GroundTruth truth) {
        ObjectNode node = NODES.objectNode();
        node.set("diagnosis", finding(truth.diagnosis()));
        node.set("differentials", findings(truth.differentials()));
        node.set("requiredSafetyActions", findings(truth.requiredSafetyActions()));
        node.set("redFlags", findings(truth.redFlags()));
        node.set("mustNotSay", findings(truth.mustNotSay()));
        return node;
    }

    private static ArrayNode findings(List<Finding> findings) {
        ArrayNode array = NODES.arrayNode();
        findings.forEach(finding -> array.add(finding(finding)));
        return array;
    }

    private static ObjectNode finding(Finding finding) {
        ObjectNode node = NODES.objectNode().put("label", finding.label());
        finding.patterns().forEach(node.putArray("patterns")::add);
        return node;
    }

    /** A case id made of the prefix and the image's file name without its extension. */
    static String caseId(String prefix, String imageFile) {
        String stem = imageFile.contains(".") ? imageFile.substring(0, imageFile.lastIndexOf('.')) : imageFile;
        return prefix + "-" + stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    }
}
