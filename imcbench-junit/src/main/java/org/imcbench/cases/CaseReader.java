package org.imcbench.cases;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a located JSON tree into a {@link BenchmarkCase}, checking every field and every reference
 * between fields (ROI ids, turn numbers, paths that must stay inside the suite folder).
 */
final class CaseReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Set<String> MEDIA_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif");
    /** Media types ImageIO can decode, so the runner can crop (zoom) and downscale them. */
    private static final Set<String> DECODABLE = Set.of("image/jpeg", "image/png", "image/gif");

    static final Set<String> CASE_FIELDS = Set.of("$schema", "id", "title", "specialty", "modality", "tags",
            "malignant", "rare", "audience", "urgency", "language", "images", "patient", "persona", "groundTruth",
            "plan");
    static final Set<String> IMAGE_FIELDS = Set.of("uri", "sha256", "mediaType", "license", "attribution",
            "role", "shownAtTurn", "rois", "description");
    static final Set<String> ROI_FIELDS = Set.of("id", "label", "box");
    static final Set<String> TURN_FIELDS = Set.of("text", "rois", "zoom");
    static final Set<String> PATIENT_FIELDS =
            Set.of("age", "sex", "history", "medications", "allergies", "vitals", "labs", "notes");
    private static final Set<String> PERSONA_FIELDS = Set.of("description", "hiddenFacts");
    private static final Set<String> HIDDEN_FACT_FIELDS = Set.of("topic", "cues", "fact");
    static final Set<String> GROUND_TRUTH_FIELDS =
            Set.of("diagnosis", "differentials", "requiredSafetyActions", "redFlags", "mustNotSay");
    private static final Set<String> FINDING_FIELDS = Set.of("label", "patterns");
    static final Set<String> SCRIPTED_FIELDS = Set.of("type", "turns");
    static final Set<String> SIMULATED_FIELDS = Set.of("type", "opening", "goal", "maxTurns");

    /** The most patient turns a simulated plan may ask for. */
    static final int MAX_SIMULATED_TURNS = 50;

    private CaseReader() {
    }

    /**
     * Reads the case in {@code json}.
     *
     * @param json the located document
     * @param source where it was loaded from
     * @param pathInSuite the case file's path relative to its suite folder, with {@code /}
     *     separators (its file name when the case is loaded on its own)
     */
    static BenchmarkCase read(LocatedJson json, URI source, String pathInSuite) {
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
        Audience audience = root.optionalText("audience").map(name -> audience(root, name)).orElse(Audience.PATIENT);
        Optional<Urgency> urgency = root.optionalText("urgency").map(name -> urgency(root, name));
        String language = root.optionalText("language").orElse(BenchmarkCase.DEFAULT_LANGUAGE);
        if (!LANGUAGE.matcher(language).matches()) {
            throw root.error("language", "must be a BCP-47 language tag, e.g. en or pt-BR");
        }
        List<JsonObjectCursor> imageCursors = root.objectList("images", 1);
        List<CaseImage> images = new ArrayList<>();
        Map<String, String> roiPointers = new LinkedHashMap<>();
        for (JsonObjectCursor image : imageCursors) {
            images.add(image(image, pathInSuite, roiPointers));
        }
        PatientProfile patient = patient(root.requiredObject("patient"));
        Persona persona = root.optionalObject("persona").map(CaseReader::persona).orElse(new Persona("", List.of()));
        GroundTruth groundTruth = groundTruth(root.requiredObject("groundTruth"));
        JsonObjectCursor planCursor = root.requiredObject("plan");
        ConversationPlan plan = plan(planCursor);
        checkShownAtTurns(imageCursors, images, plan);
        if (plan instanceof ScriptedPlan scripted) {
            checkTurnReferences(planCursor, scripted, images, roiPointers.keySet());
        }
        return new BenchmarkCase(id, title, specialty, modality, tags, malignant, rare, audience, urgency, language,
                images, patient, persona, groundTruth, plan, source, root.locations());
    }

    private static Audience audience(JsonObjectCursor root, String name) {
        return switch (name) {
            case "patient" -> Audience.PATIENT;
            case "clinician" -> Audience.CLINICIAN;
            default -> throw root.error("audience", "must be \"patient\" or \"clinician\", not \"" + name + "\"");
        };
    }

    private static Urgency urgency(JsonObjectCursor root, String name) {
        return switch (name) {
            case "emergent" -> Urgency.EMERGENT;
            case "urgent" -> Urgency.URGENT;
            case "routine" -> Urgency.ROUTINE;
            default -> throw root.error("urgency",
                    "must be \"emergent\", \"urgent\" or \"routine\", not \"" + name + "\"");
        };
    }

    private static CaseImage image(JsonObjectCursor image, String pathInSuite, Map<String, String> roiPointers) {
        image.rejectUnknownFields(IMAGE_FIELDS);
        String uri = image.requiredText("uri");
        checkImageUri(image, uri, pathInSuite);
        String sha256 = image.requiredText("sha256");
        if (!SHA256.matcher(sha256).matches()) {
            throw image.error("sha256", "must be 64 lower-case hex characters");
        }
        String mediaType = image.requiredText("mediaType");
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw image.error("mediaType", "must be one of image/gif, image/jpeg, image/png, image/webp");
        }
        String license = image.requiredText("license");
        String attribution = image.requiredText("attribution");
        String role = image.optionalText("role").orElse(CaseImage.CURRENT);
        if (!ROLE.matcher(role).matches()) {
            throw image.error("role", "must be a short lower-case word, e.g. current or prior");
        }
        Integer shownAtTurn = image.optionalInt("shownAtTurn", 1, MAX_SIMULATED_TURNS);
        List<Roi> rois = new ArrayList<>();
        for (JsonObjectCursor roi : image.objectList("rois", 0)) {
            rois.add(roi(roi, roiPointers));
        }
        return new CaseImage(uri, sha256, mediaType, license, attribution, role,
                shownAtTurn == null ? 1 : shownAtTurn, rois, image.optionalText("description"));
    }

    private static Roi roi(JsonObjectCursor roi, Map<String, String> roiPointers) {
        roi.rejectUnknownFields(ROI_FIELDS);
        String id = roi.requiredText("id");
        if (!ID.matcher(id).matches()) {
            throw roi.error("id", "must match [a-z0-9][a-z0-9._-]* (lower-case letters, digits, '.', '_', '-')");
        }
        String earlier = roiPointers.putIfAbsent(id, roi.pathOf("id"));
        if (earlier != null) {
            throw roi.error("id", "duplicate ROI id '" + id + "', already defined at " + earlier);
        }
        String label = roi.requiredText("label");
        if (!roi.has("box")) {
            throw roi.missing("box");
        }
        List<JsonObjectCursor.Element> box = roi.elements("box");
        if (box.size() != 4) {
            throw roi.error("box", "must be 4 numbers [x0, y0, x1, y1]");
        }
        double[] edges = new double[4];
        for (int i = 0; i < 4; i++) {
            edges[i] = roi.number(box.get(i));
            if (edges[i] < 0 || edges[i] > 1) {
                throw roi.errorAt(box.get(i).pointer(), "must be from 0 to 1 (a fraction of the image width or height)");
            }
        }
        if (edges[0] >= edges[2] || edges[1] >= edges[3]) {
            throw roi.error("box", "must have x0 < x1 and y0 < y1 (left, top, right, bottom)");
        }
        return new Roi(id, label, edges[0], edges[1], edges[2], edges[3]);
    }

    private static void checkShownAtTurns(List<JsonObjectCursor> cursors, List<CaseImage> images,
            ConversationPlan plan) {
        for (int i = 0; i < images.size(); i++) {
            int turn = images.get(i).shownAtTurn();
            if (turn > plan.patientTurns()) {
                throw cursors.get(i).error("shownAtTurn", "is turn " + turn + ", but the plan has only "
                        + plan.patientTurns() + " patient turn" + (plan.patientTurns() == 1 ? "" : "s"));
            }
        }
    }

    private static void checkTurnReferences(JsonObjectCursor plan, ScriptedPlan scripted, List<CaseImage> images,
            Set<String> roiIds) {
        List<JsonObjectCursor.Element> turns = plan.elements("turns");
        for (int i = 0; i < turns.size(); i++) {
            if (!turns.get(i).node().isObject()) {
                continue;
            }
            JsonObjectCursor turn = plan.object(turns.get(i));
            List<JsonObjectCursor.Element> references = turn.elements("rois");
            for (int r = 0; r < references.size(); r++) {
                checkRoiReference(turn, references.get(r).pointer(), scripted.turns().get(i).rois().get(r), roiIds);
            }
            Optional<String> zoom = scripted.turns().get(i).zoom();
            if (zoom.isPresent()) {
                checkRoiReference(turn, turn.pathOf("zoom"), zoom.get(), roiIds);
                CaseImage zoomed = images.stream().filter(image -> image.roi(zoom.get()).isPresent()).findFirst()
                        .orElseThrow();
                if (!DECODABLE.contains(zoomed.mediaType())) {
                    throw turn.error("zoom", "cannot zoom into a " + zoomed.mediaType()
                            + " image; zoom-ins need JPEG, PNG or GIF");
                }
            }
        }
    }

    private static void checkRoiReference(JsonObjectCursor turn, String pointer, String id, Set<String> roiIds) {
        if (!roiIds.contains(id)) {
            throw turn.errorAt(pointer, "names no ROI of this case: '" + id + "'"
                    + (roiIds.isEmpty() ? " (the images define none)" : " (defined: " + String.join(", ", roiIds) + ")"));
        }
    }

    private static void checkImageUri(JsonObjectCursor image, String uri, String pathInSuite) {
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
        if (escapes(pathInSuite, uri)) {
            throw image.error("uri", "relative path escapes the suite folder");
        }
    }

    /** Whether {@code uri}, resolved against the folder of the case file at {@code pathInSuite}, leaves the suite. */
    private static boolean escapes(String pathInSuite, String uri) {
        Deque<String> folders = new ArrayDeque<>();
        String[] caseSegments = pathInSuite.split("/");
        for (int i = 0; i < caseSegments.length - 1; i++) {
            folders.addLast(caseSegments[i]);
        }
        for (String segment : uri.split("[/\\\\]")) {
            if (segment.equals("..")) {
                if (folders.isEmpty()) {
                    return true;
                }
                folders.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                folders.addLast(segment);
            }
        }
        return false;
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
                throw finding.errorAt(LocatedJson.element(finding.pathOf("patterns"), i),
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
                List<ScriptedTurn> turns = new ArrayList<>();
                for (JsonObjectCursor.Element turn : plan.elements("turns")) {
                    turns.add(turn(plan, turn));
                }
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

    private static ScriptedTurn turn(JsonObjectCursor plan, JsonObjectCursor.Element element) {
        if (element.node().isTextual()) {
            return ScriptedTurn.of(plan.text(element));
        }
        if (!element.node().isObject()) {
            throw plan.errorAt(element.pointer(), "must be a string or an object with text, rois and zoom");
        }
        JsonObjectCursor turn = plan.object(element);
        turn.rejectUnknownFields(TURN_FIELDS);
        return new ScriptedTurn(turn.requiredText("text"), turn.textList("rois"), turn.optionalText("zoom"));
    }
}
