package org.imcbench.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

    /** Writes the report and returns its path. */
    public Path write(SuiteReport report) {
        Path file = reportFile(report.suite());
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "report", ".json.tmp");
            MAPPER.writeValue(temporary.toFile(), report);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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

    private static String safeName(String suite) {
        return suite.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
