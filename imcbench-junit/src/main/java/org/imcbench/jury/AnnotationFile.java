package org.imcbench.jury;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads clinician annotations from a CSV or JSON file (by extension).
 *
 * <p>CSV: a header naming the columns {@code case}, {@code variant} (optional), {@code dimension},
 * {@code rater} and {@code score}, in any order, then one row per score; lines starting with
 * {@code #} are comments; fields are not quoted. JSON: an array of objects with the same fields
 * ({@code case} may also be {@code caseId}), or an object whose {@code annotations} field is that
 * array; keys starting with {@code _} are comments. A missing variant is {@value ClinicianAnnotation#FULL}.
 * Errors name the file and the row.
 */
public final class AnnotationFile {
    private AnnotationFile() {
    }

    /**
     * Reads the annotations in the file.
     *
     * @throws IllegalArgumentException naming file and row when the file is unreadable or malformed
     */
    public static List<ClinicianAnnotation> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("annotations " + file + ": cannot read: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? json(text, file) : csv(text, file);
    }

    private static List<ClinicianAnnotation> csv(String text, Path file) {
        List<String> lines = text.lines().toList();
        List<ClinicianAnnotation> annotations = new ArrayList<>();
        List<String> header = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
            if (header == null) {
                header = fields.stream().map(field -> field.toLowerCase(Locale.ROOT)).toList();
                for (String required : List.of("case", "dimension", "rater", "score")) {
                    if (!header.contains(required)) {
                        throw new IllegalArgumentException("annotations " + file + ": the header has no '" + required
                                + "' column");
                    }
                }
                continue;
            }
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException("annotations " + file + ", line " + (i + 1) + ": " + fields.size()
                        + " fields, the header has " + header.size());
            }
            int variant = header.indexOf("variant");
            annotations.add(annotation(fields.get(header.indexOf("case")),
                    variant < 0 || fields.get(variant).isEmpty() ? ClinicianAnnotation.FULL : fields.get(variant),
                    fields.get(header.indexOf("dimension")), fields.get(header.indexOf("rater")),
                    fields.get(header.indexOf("score")), file + ", line " + (i + 1)));
        }
        return annotations;
    }

    private static List<ClinicianAnnotation> json(String text, Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("annotations " + file + ": not valid JSON: " + e.getMessage(), e);
        }
        JsonNode array = root != null && root.isObject() ? root.get("annotations") : root;
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("annotations " + file
                    + ": must be an array of annotations or an object with an 'annotations' array");
        }
        List<ClinicianAnnotation> annotations = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String where = file + ", annotations[" + i + "]";
            String caseId = node.hasNonNull("case") ? node.get("case").asText() : node.path("caseId").asText("");
            annotations.add(annotation(caseId, node.path("variant").asText(ClinicianAnnotation.FULL),
                    node.path("dimension").asText(""), node.path("rater").asText(""), node.path("score").asText(""),
                    where));
        }
        return annotations;
    }

    private static ClinicianAnnotation annotation(String caseId, String variant, String dimension, String rater,
            String score, String where) {
        if (caseId.isBlank() || dimension.isBlank() || rater.isBlank()) {
            throw new IllegalArgumentException("annotations " + where + ": case, dimension and rater must be given");
        }
        int value;
        try {
            value = Integer.parseInt(score.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("annotations " + where + ": score must be a whole number 1..5, was '"
                    + score + "'");
        }
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException("annotations " + where + ": score must be 1..5, was " + value);
        }
        return new ClinicianAnnotation(caseId.strip(), variant.strip(), dimension.strip(), rater.strip(), value);
    }
}
