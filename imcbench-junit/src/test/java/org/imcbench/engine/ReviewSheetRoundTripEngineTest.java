package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imcbench.jury.AnnotationFile;
import org.imcbench.jury.ClinicianAnnotation;
import org.imcbench.report.CalibrationReport;
import org.imcbench.report.ReportTool;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clinician review loop end to end: a run's report → {@code ReportTool review-sheet} → a clinician
 * (this test) fills in the scores → {@code imcbench.jury.annotations} reads the sheet as it is → the next
 * run calibrates the jury against it.
 */
class ReviewSheetRoundTripEngineTest {
    private static final String SUITE = DemoSuites.ConfiguredSuite.class.getSimpleName();

    @TempDir
    Path dir;

    @Test
    void anExportedSheetOnceScoredGoesStraightBackIntoCalibration() throws Exception {
        imcbench(dir.resolve("first")).selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .configurationParameter("imcbench.cases", "classpath:engine/cases").execute();
        Path report = new ReportWriter(dir.resolve("first")).reportFile(SUITE);
        Path sheet = dir.resolve("review.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = ReportTool.run(new String[] {"review-sheet", report.toString(), "--out", sheet.toString(),
            "--sample", "10", "--raters", "clinician-a"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("wrote 9 rows to score into ");
        Path filled = fill(sheet, dir.resolve("scored.csv"));
        List<ClinicianAnnotation> annotations = AnnotationFile.read(filled);
        assertThat(annotations).hasSize(9).allSatisfy(annotation -> {
            assertThat(annotation.rater()).isEqualTo("clinician-a");
            assertThat(annotation.variant()).isEqualTo(ClinicianAnnotation.FULL);
        });

        imcbench(dir.resolve("second")).selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .configurationParameter("imcbench.cases", "classpath:engine/cases")
                .configurationParameter("imcbench.jury.annotations", filled.toString()).execute();
        SuiteReport second = ReportWriter.read(new ReportWriter(dir.resolve("second")).reportFile(SUITE));
        CalibrationReport calibration = second.summary().calibration();
        assertThat(calibration.annotationsRead()).isEqualTo(9);
        assertThat(calibration.itemsMatched()).isEqualTo(9);
        assertThat(calibration.agreement()).anySatisfy(row -> {
            assertThat(row.rater()).isEqualTo("jury");
            assertThat(row.dimension()).isEqualTo("all");
            assertThat(row.items()).isEqualTo(9);
        });
        assertThat(calibration.maps()).hasSize(3);
        assertThat(Files.readString(new ReportWriter(dir.resolve("second")).reportFile(SUITE)
                .resolveSibling("report.html"))).contains("Agreement with clinicians (9 items", "jury-cross-fitted",
                "cross-fitted MAE");
    }

    /** The clinician's work: a score 1..5 on every row, the other columns kept as exported. */
    private static Path fill(Path sheet, Path filled) throws Exception {
        CsvMapper csv = new CsvMapper();
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> read = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(sheet.toFile())) {
            rows = read.readAll();
        }
        CsvSchema.Builder schema = CsvSchema.builder();
        rows.get(0).keySet().forEach(schema::addColumn);
        try (SequenceWriter write = csv.writer(schema.build().withHeader()).writeValues(filled.toFile())) {
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = new LinkedHashMap<>(rows.get(i));
                assertThat(row.get("score")).isEmpty();
                row.put("score", Integer.toString(1 + i % 5));
                write.write(row);
            }
        }
        return filled;
    }
}
