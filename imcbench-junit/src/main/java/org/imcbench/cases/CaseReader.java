package org.imcbench.cases;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns a located JSON tree into a {@link BenchmarkCase}, checking every field. */
final class CaseReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Set<String> MEDIA_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif");

    private static final Set<String> CASE_FIELDS = Set.of("$schema", "id", "title", "specialty", "modality", "tags",
            "malignant", "rare", "images", "patient", "persona", "groundTruth", "plan");
    private static final Set<String> IMAGE_FIELDS = Set.of("uri", "sha256", "mediaType", "license", "attribution");
    private static final Set<String> PATIENT_FIELDS =
            Set.of("age", "sex", "history", "medications", "allergies", "vitals", "labs", "notes");
    private static final Set<String> PERSONA_FIELDS = Set.of("description", "hiddenFacts");
    private static final Set<String> HIDDEN_FACT_FIELDS = Set.of("topic", "cues", "fact");
    private static final Set<String> GROUND_TRUTH_FIELDS =
            Set.of("diagnosis", "differentials", "requiredSafetyActions", "redFlags", "mustNotSay");
    private static final Set<String> FINDING_FIELDS = Set.of("label", "patterns");
    private static final Set<String> SCRIPTED_FIELDS = Set.of("type", "turns");
    private static final Set<String> SIMULATED_FIELDS = Set.of("type", "opening", "goal", "maxTurns");

    /** The most patient turns a simulated plan may ask for. */
    static final int MAX_SIMULATED_TURNS = 50;

    private CaseReader() {
    }

    /** Reads the case in {@code json}, loaded from {@code source}. */
    static BenchmarkCase read(LocatedJson json, URI source) {
        JsonObjectCursor root = JsonObjectCursor.root(json);
        root.rejectUnknownFields(CASE_FIELDS);
        String id = root.requiredText("id");
        if (!ID.matcher(id).matches()) {
            throw root.error("id", "must match [a-z0-9][a-z0-9._-]* (lower-case letters, digits, '.', '_', '-')");
        }
        String title = root.requiredText("title");
        String specialty = root.optionalText("specialty").orElse("");
        String modality = root.optionalText("modality").orElse("");
        List<String> tags = root.textList("tags");
        boolean malignant = root.optionalBoolean("malignant", false);
        boolean rare = root.optionalBoolean("rare", false);
        List<CaseImage> images = new ArrayList<>();
        for (JsonObjectCursor image : root.objectList("images", 1)) {
            images.add(image(image));
        }
        PatientProfile patient = patient(root.requiredObject("patient"));
        Persona persona = root.optionalObject("persona").map(CaseReader::persona).orElse(new Persona("", List.of()));
        GroundTruth groundTruth = groundTruth(root.requiredObject("groundTruth"));
        ConversationPlan plan = plan(root.requiredObject("plan"));
        return new BenchmarkCase(id, title, specialty, modality, tags, malignant, rare, images, patient, persona,
                groundTruth, plan, source);
    }

    private static CaseImage image(JsonObjectCursor image) {
        image.rejectUnknownFields(IMAGE_FIELDS);
        String uri = image.requiredText("uri");
        checkImageUri(image, uri);
        String sha256 = image.requiredText("sha256");
        if (!SHA256.matcher(sha256).matches()) {
            throw image.error("sha256", "must be 64 lower-case hex characters");
        }
        String mediaType = image.requiredText("mediaType");
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw image.error("mediaType", "must be one of image/gif, image/jpeg, image/png, image/webp");
        }
        return new CaseImage(uri, sha256, mediaType, image.requiredText("license"), image.requiredText("attribution"));
    }

    private static void checkImageUri(JsonObjectCursor image, String uri) {
        String problem = "must be a relative path, a classpath: resource or an https: URL";
        if (SCHEME.matcher(uri).find()) {
            String scheme = uri.substring(0, uri.indexOf(':')).toLowerCase(Locale.ROOT);
            if (scheme.equals("classpath")) {
                if (uri.length() == "classpath:".length()) {
                    throw image.error("uri", "names no classpath resource");
                }
                return;
            }
            if (!scheme.equals("https")) {
                throw image.error("uri", problem + ", not " + scheme + ":");
            }
            try {
                URI parsed = new URI(uri);
                if (parsed.getHost() == null) {
                    throw image.error("uri", "https: URL has no host");
                }
            } catch (URISyntaxException e) {
                throw image.error("uri", "is not a valid URL: " + e.getMessage());
            }
            return;
        }
        if (uri.startsWith("/") || uri.startsWith("\\")) {
            throw image.error("uri", problem + "; an absolute path is not portable");
        }
        try {
            new URI(null, null, uri, null);
        } catch (URISyntaxException e) {
            throw image.error("uri", "is not a valid relative path: " + e.getMessage());
        }
    }

    private static PatientProfile patient(JsonObjectCursor patient) {
        patient.rejectUnknownFields(PATIENT_FIELDS);
        return new PatientProfile(
                patient.optionalInt("age", 0, 130),
                patient.optionalText("sex").orElse(null),
                patient.textList("history"),
                patient.textList("medications"),
                patient.textList("allergies"),
                patient.textMap("vitals"),
                patient.textMap("labs"),
                patient.optionalText("notes").orElse(null));
    }

    private static Persona persona(JsonObjectCursor persona) {
        persona.rejectUnknownFields(PERSONA_FIELDS);
        List<HiddenFact> facts = new ArrayList<>();
        for (JsonObjectCursor fact : persona.objectList("hiddenFacts", 0)) {
            fact.rejectUnknownFields(HIDDEN_FACT_FIELDS);
            facts.add(new HiddenFact(fact.requiredText("topic"), fact.textList("cues"), fact.requiredText("fact")));
        }
        return new Persona(persona.optionalText("description").orElse(""), facts);
    }

    private static GroundTruth groundTruth(JsonObjectCursor truth) {
        truth.rejectUnknownFields(GROUND_TRUTH_FIELDS);
        return new GroundTruth(
                finding(truth.requiredObject("diagnosis")),
                findings(truth, "differentials"),
                findings(truth, "requiredSafetyActions"),
                findings(truth, "redFlags"),
                findings(truth, "mustNotSay"));
    }

    private static List<Finding> findings(JsonObjectCursor truth, String name) {
        List<Finding> findings = new ArrayList<>();
        for (JsonObjectCursor finding : truth.objectList(name, 0)) {
            findings.add(finding(finding));
        }
        return findings;
    }

    private static Finding finding(JsonObjectCursor finding) {
        finding.rejectUnknownFields(FINDING_FIELDS);
        String label = finding.requiredText("label");
        List<String> patterns = finding.textList("patterns");
        for (int i = 0; i < patterns.size(); i++) {
            try {
                Pattern.compile(patterns.get(i), Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                throw finding.errorAt(finding.pathOf("patterns") + "[" + i + "]",
                        "invalid regular expression: " + e.getDescription());
            }
        }
        return new Finding(label, patterns);
    }

    private static ConversationPlan plan(JsonObjectCursor plan) {
        String type = plan.requiredText("type");
        switch (type) {
            case "scripted" -> {
                plan.rejectUnknownFields(SCRIPTED_FIELDS);
                if (!plan.has("turns")) {
                    throw plan.missing("turns");
                }
                List<String> turns = plan.textList("turns");
                if (turns.isEmpty()) {
                    throw plan.error("turns", "must have at least 1 element");
                }
                return new ScriptedPlan(turns);
            }
            case "simulated" -> {
                plan.rejectUnknownFields(SIMULATED_FIELDS);
                return new SimulatedPlan(plan.requiredText("opening"), plan.optionalText("goal").orElse(""),
                        plan.requiredInt("maxTurns", 1, MAX_SIMULATED_TURNS));
            }
            default -> throw plan.error("type", "must be \"scripted\" or \"simulated\", not \"" + type + "\"");
        }
    }
}
