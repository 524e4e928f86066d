package org.imcbench.jury;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads clinician annotations from a CSV or JSON file (by extension).
 *
 * <p>CSV: a header naming the columns {@code case}, {@code variant} (optional), {@code dimension},
 * {@code rater} and {@code score}, in any order, then one row per score; lines starting with
 * {@code #} are comments; a field may be quoted ({@code "..."}, with {@code ""} for a quote), and
 * then hold commas and line breaks. JSON: an array of objects with the same fields
 * ({@code case} may also be {@code caseId}), or an object whose {@code annotations} field is that
 * array; keys starting with {@code _} are comments. A missing variant is {@value ClinicianAnnotation#FULL}.
 * Errors name the file and the line of the row; every row's problem is reported, not only the first.
 */
public final class AnnotationFile {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES, CsvParser.Feature.SKIP_EMPTY_LINES,
                    CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
            .build();
    private static final CsvSchema CSV_SCHEMA = CsvSchema.emptySchema().withHeader().withComments();
    private static final TypeReference<Map<String, String>> ROW = new TypeReference<>() {
    };

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
        List<ClinicianAnnotation> annotations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ObjectReader reader = CSV.readerFor(ROW);
        try (CsvParser rows = (CsvParser) reader.createParser(text)) {
            rows.setSchema(CSV_SCHEMA);
            JsonToken token = rows.nextToken();
            checkHeader(rows.getSchema(), file);
            for (; token == JsonToken.START_OBJECT; token = rows.nextToken()) {
                rows.nextToken(); // the row's first field: where the row starts
                String where = file + ", line " + rows.currentTokenLocation().getLineNr();
                Map<String, String> row = lowerCaseKeys(reader.readValue(rows));
                String variant = row.getOrDefault("variant", "");
                try {
                    annotations.add(annotation(row.get("case"), variant.isEmpty() ? ClinicianAnnotation.FULL : variant,
                            row.get("dimension"), row.get("rater"), row.get("score"), where));
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("annotations " + file + (at == null ? "" : ", line " + at.getLineNr())
                    + ": not valid CSV: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("annotations " + file + ": cannot read: " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return annotations;
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> row) {
        Map<String, String> lower = new LinkedHashMap<>();
        row.forEach((key, value) -> lower.put(key.strip().toLowerCase(Locale.ROOT), value));
        return lower;
    }

    private static void checkHeader(CsvSchema header, Path file) {
        Set<String> columns = new HashSet<>();
        header.forEach(column -> columns.add(column.getName().strip().toLowerCase(Locale.ROOT)));
        for (String required : List.of("case", "dimension", "rater", "score")) {
            if (!columns.contains(required)) {
                throw new IllegalArgumentException("annotations " + file + ": the header has no '" + required
                        + "' column");
            }
        }
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
        if (isBlank(caseId) || isBlank(dimension) || isBlank(rater)) {
            throw new IllegalArgumentException("annotations " + where + ": case, dimension and rater must be given");
        }
        int value;
        try {
            value = Integer.parseInt(score == null ? "" : score.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("annotations " + where + ": score must be a whole number 1..5, was '"
                    + score + "'");
        }
        if (value < DimensionScore.LOWEST || value > DimensionScore.HIGHEST) {
            throw new IllegalArgumentException("annotations " + where + ": score must be 1..5, was " + value);
        }
        return new ClinicianAnnotation(caseId.strip(), variant.strip(), dimension.strip(), rater.strip(), value);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
