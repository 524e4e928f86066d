package org.imcbench.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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

    private static String safeName(String suite) {
        return suite.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
