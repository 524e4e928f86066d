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
import org.imcbench.io.DocumentProblem;
import org.imcbench.io.InvalidDocumentException;
import org.imcbench.io.JsonDocument;
import org.imcbench.io.SchemaCheckedReader;

/**
 * Turns a case file that its JSON Schema accepted into a {@link BenchmarkCase}, checking what a
 * schema cannot: ROI ids unique within the case, every ROI reference and zoom defined, zoom-ins only
 * on images that can be decoded, {@code shownAtTurn} within the plan, relative image paths inside
 * the suite folder, https: URLs that parse, patterns that compile. Every such problem is reported,
 * located at its value.
 */
final class CaseReader {
    /** The schema every case file is validated against. */
    static final String SCHEMA = "imcbench/schema/case.schema.json";
    private static final SchemaCheckedReader<CaseDocument> READER = SchemaCheckedReader.of(SCHEMA, CaseDocument.class);
    /** Media types ImageIO can decode, so the runner can crop (zoom) and downscale them. */
    private static final Set<String> DECODABLE = Set.of("image/jpeg", "image/png", "image/gif");
    private static final List<String> FINDING_LISTS = List.of("differentials", "requiredSafetyActions", "redFlags",
            "mustNotSay");

    private final JsonDocument<CaseDocument> document;
    private final List<DocumentProblem> problems = new ArrayList<>();

    private CaseReader(JsonDocument<CaseDocument> document) {
        this.document = document;
    }

    /**
     * Reads the case in {@code json}.
     *
     * @param json the case's JSON text
     * @param displayName how messages name the file
     * @param firstLine the line of the file the text starts on
     * @param source where it was loaded from
     * @param pathInSuite the case file's path relative to its suite folder, with {@code /}
     *     separators (its file name when the case is loaded on its own)
     * @throws CaseFormatException naming every problem of the case
     */
    static BenchmarkCase read(String json, String displayName, int firstLine, URI source, String pathInSuite) {
        JsonDocument<CaseDocument> document;
        try {
            document = READER.read(json, displayName, firstLine);
        } catch (InvalidDocumentException e) {
            throw CaseFormatException.of(e);
        }
        CaseReader reader = new CaseReader(document);
        reader.check(pathInSuite);
        if (!reader.problems.isEmpty()) {
            throw new CaseFormatException(displayName, reader.problems, null);
        }
        return reader.build(source);
    }

    private void check(String pathInSuite) {
        CaseDocument file = document.value();
        Map<String, String> roiPointers = new LinkedHashMap<>();
        Map<String, String> roiMediaTypes = new LinkedHashMap<>();
        int patientTurns = patientTurns(file.plan());
        for (int i = 0; i < file.images().size(); i++) {
            CaseDocument.Image image = file.images().get(i);
            String pointer = "/images/" + i;
            checkUri(pointer + "/uri", image.uri(), pathInSuite);
            int turn = image.shownAtTurn() == null ? 1 : image.shownAtTurn();
            if (turn > patientTurns) {
                report(pointer + "/shownAtTurn", "is turn " + turn + ", but the plan has only " + patientTurns
                        + " patient turn" + (patientTurns == 1 ? "" : "s"));
            }
            List<CaseDocument.RoiBox> rois = orEmpty(image.rois());
            for (int r = 0; r < rois.size(); r++) {
                CaseDocument.RoiBox roi = rois.get(r);
                String roiPointer = pointer + "/rois/" + r;
                String earlier = roiPointers.putIfAbsent(roi.id(), roiPointer + "/id");
                if (earlier != null) {
                    report(roiPointer + "/id", "duplicate ROI id '" + roi.id() + "', already defined at " + earlier);
                }
                roiMediaTypes.putIfAbsent(roi.id(), image.mediaType());
                List<Double> box = roi.box();
                if (box.get(0) >= box.get(2) || box.get(1) >= box.get(3)) {
                    report(roiPointer + "/box", "must have x0 < x1 and y0 < y1 (left, top, right, bottom)");
                }
            }
        }
        if (file.plan() instanceof CaseDocument.Scripted scripted) {
            checkTurns(scripted, roiMediaTypes);
        }
        checkPatterns("/groundTruth/diagnosis", file.groundTruth().diagnosis());
        List<List<Finding>> lists = List.of(file.groundTruth().differentials(),
                file.groundTruth().requiredSafetyActions(), file.groundTruth().redFlags(),
                file.groundTruth().mustNotSay());
        for (int l = 0; l < lists.size(); l++) {
            for (int f = 0; f < lists.get(l).size(); f++) {
                checkPatterns("/groundTruth/" + FINDING_LISTS.get(l) + "/" + f, lists.get(l).get(f));
            }
        }
    }

    private void checkTurns(CaseDocument.Scripted scripted, Map<String, String> roiMediaTypes) {
        for (int t = 0; t < scripted.turns().size(); t++) {
            CaseDocument.Turn turn = scripted.turns().get(t);
            String pointer = "/plan/turns/" + t;
            List<String> references = orEmpty(turn.rois());
            for (int r = 0; r < references.size(); r++) {
                checkRoiReference(pointer + "/rois/" + r, references.get(r), roiMediaTypes);
            }
            if (turn.zoom() != null && checkRoiReference(pointer + "/zoom", turn.zoom(), roiMediaTypes)) {
                String mediaType = roiMediaTypes.get(turn.zoom());
                if (!DECODABLE.contains(mediaType)) {
                    report(pointer + "/zoom", "cannot zoom into a " + mediaType
                            + " image; zoom-ins need JPEG, PNG or GIF");
                }
            }
        }
    }

    private boolean checkRoiReference(String pointer, String id, Map<String, String> roiMediaTypes) {
        if (roiMediaTypes.containsKey(id)) {
            return true;
        }
        report(pointer, "names no ROI of this case: '" + id + "'" + (roiMediaTypes.isEmpty()
                ? " (the images define none)" : " (defined: " + String.join(", ", roiMediaTypes.keySet()) + ")"));
        return false;
    }

    private void checkPatterns(String pointer, Finding finding) {
        for (int i = 0; i < finding.patterns().size(); i++) {
            String at = pointer + "/patterns/" + i;
            PatternCheck.problem(finding.patterns().get(i)).ifPresent(problem -> report(at, problem));
        }
    }

    /** The checks of an image URI that need more than its form: https: URLs parse, paths stay in the suite. */
    private void checkUri(String pointer, String uri, String pathInSuite) {
        if (uri.regionMatches(true, 0, "https:", 0, "https:".length())) {
            try {
                if (new URI(uri).getHost() == null) {
                    report(pointer, "https: URL has no host");
                }
            } catch (URISyntaxException e) {
                report(pointer, "is not a valid URL: " + e.getMessage());
            }
        } else if (!uri.regionMatches(true, 0, "classpath:", 0, "classpath:".length())
                && escapes(pathInSuite, uri)) {
            report(pointer, "relative path escapes the suite folder");
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

    private static int patientTurns(CaseDocument.Plan plan) {
        return plan instanceof CaseDocument.Scripted scripted ? scripted.turns().size()
                : ((CaseDocument.Simulated) plan).maxTurns();
    }

    private void report(String pointer, String problem) {
        problems.add(document.problem(pointer, problem));
    }

    private BenchmarkCase build(URI source) {
        CaseDocument file = document.value();
        List<CaseImage> images = file.images().stream().map(CaseReader::image).toList();
        Optional<Urgency> urgency = Optional.ofNullable(file.urgency()).map(name -> Urgency.valueOf(
                name.toUpperCase(Locale.ROOT)));
        Audience audience = file.audience() == null ? Audience.PATIENT
                : Audience.valueOf(file.audience().toUpperCase(Locale.ROOT));
        return new BenchmarkCase(file.id(), file.title(), orBlank(file.specialty()), orBlank(file.modality()),
                orEmpty(file.tags()), Boolean.TRUE.equals(file.malignant()), Boolean.TRUE.equals(file.rare()),
                audience, urgency, file.language() == null ? BenchmarkCase.DEFAULT_LANGUAGE : file.language(),
                Optional.ofNullable(file.provenance()), orEmpty(file.guidance()), images,
                file.patient(), file.persona() == null ? new Persona("", List.of()) : file.persona(),
                file.groundTruth(), plan(file.plan()), source, CaseLocations.of(document));
    }

    private static CaseImage image(CaseDocument.Image image) {
        List<Roi> rois = orEmpty(image.rois()).stream().map(roi -> new Roi(roi.id(), roi.label(), roi.box().get(0),
                roi.box().get(1), roi.box().get(2), roi.box().get(3))).toList();
        return new CaseImage(image.uri(), image.sha256(), image.mediaType(), image.license(), image.attribution(),
                image.role() == null ? CaseImage.CURRENT : image.role(),
                image.shownAtTurn() == null ? 1 : image.shownAtTurn(), rois, Optional.ofNullable(image.description()));
    }

    private static ConversationPlan plan(CaseDocument.Plan plan) {
        if (plan instanceof CaseDocument.Scripted scripted) {
            return new ScriptedPlan(scripted.turns().stream().map(turn -> new ScriptedTurn(turn.text(),
                    orEmpty(turn.rois()), Optional.ofNullable(turn.zoom()))).toList());
        }
        CaseDocument.Simulated simulated = (CaseDocument.Simulated) plan;
        return new SimulatedPlan(simulated.opening(), simulated.goal(), simulated.maxTurns());
    }

    private static <E> List<E> orEmpty(List<E> list) {
        return list == null ? List.of() : list;
    }

    private static String orBlank(String text) {
        return text == null ? "" : text;
    }
}
