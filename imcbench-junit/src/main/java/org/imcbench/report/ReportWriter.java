package org.imcbench.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imcbench.io.AtomicFiles;

/** Writes a {@link SuiteReport} as {@code <dir>/<suite>/report.json}, atomically. */
public final class ReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private final Path reportDirectory;

    /** A writer into the given report directory ({@code imcbench.report.dir}). */
    public ReportWriter(Path reportDirectory) {
        this.reportDirectory = reportDirectory;
    }

    /** The file a suite's report goes to. */
    public Path reportFile(String suite) {
        return reportDirectory.resolve(safeName(suite)).resolve("report.json");
    }

    /** Writes the report to {@link #reportFile its file} and returns its path. */
    public Path write(SuiteReport report) {
        return write(report, reportFile(report.suite()));
    }

    /** Writes the report to the given file and returns its absolute path. */
    public static Path write(SuiteReport report, Path file) {
        try {
            AtomicFiles.write(file, out -> MAPPER.writeValue(out, report));
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write report " + file.toAbsolutePath(), e);
        }
    }

    /** Reads a report written by {@link #write}. */
    public static SuiteReport read(Path file) {
        try {
            return MAPPER.readValue(file.toFile(), SuiteReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read report " + file, e);
        }
    }

    /**
     * Reads a report written by {@link #write} with its cases {@linkplain CaseReport#withoutDetail() without
     * detail} (no transcripts, rationales or images), one case at a time, so that a baseline of thousands of
     * cases costs only their scores in memory.
     */
    public static SuiteReport readWithoutDetail(Path file) {
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, "a report is a JSON object");
            }
            ObjectNode rest = MAPPER.createObjectNode();
            List<CaseReport> cases = new ArrayList<>();
            List<AblationReport> ablations = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "cases" -> cases = casesWithoutDetail(parser);
                    case "ablations" -> ablations = ablationsWithoutDetail(parser);
                    default -> rest.set(field, MAPPER.readTree(parser));
                }
            }
            rest.putArray("cases");
            return MAPPER.treeToValue(rest, SuiteReport.class).withCases(cases, ablations);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read report " + file, e);
        }
    }

    private static List<CaseReport> casesWithoutDetail(JsonParser parser) throws IOException {
        List<CaseReport> cases = new ArrayList<>();
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return cases;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            cases.add(MAPPER.readValue(parser, CaseReport.class).withoutDetail());
        }
        return cases;
    }

    private static List<AblationReport> ablationsWithoutDetail(JsonParser parser) throws IOException {
        List<AblationReport> ablations = new ArrayList<>();
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return ablations;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String variant = null;
            List<CaseReport> cases = List.of();
            ComparisonReport comparison = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "variant" -> variant = parser.getValueAsString();
                    case "cases" -> cases = casesWithoutDetail(parser);
                    case "comparison" -> comparison = MAPPER.readValue(parser, ComparisonReport.class);
                    default -> parser.skipChildren();
                }
            }
            ablations.add(new AblationReport(variant, cases, comparison));
        }
        return ablations;
    }

    private static String safeName(String suite) {
        return suite.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
