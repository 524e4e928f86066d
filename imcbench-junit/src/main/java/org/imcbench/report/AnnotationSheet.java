package org.imcbench.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.imcbench.io.AtomicFiles;

/**
 * A clinician review sheet from a {@code report.json}: a CSV in the format
 * {@code imcbench.jury.annotations} reads, with the columns {@code case}, {@code variant},
 * {@code dimension}, {@code rater}, {@code score}, {@code selected} and {@code transcript}. It holds
 * every case the report flags for human review (its judges disagree) and a seeded random sample of
 * the other judged cases, one row per judged dimension and rater; {@code score} is left empty for
 * the clinician, and so is {@code rater} unless raters are named. {@code selected} says why the
 * case is on the sheet, {@code transcript} where to read it ({@code report.html#case-<id>}). The
 * jury's scores are left out so that they do not anchor the clinicians. Once scored, the file is
 * an annotation file as it is; the extra columns are ignored.
 */
public final class AnnotationSheet {
    /** The value of {@code selected} for a case whose judges disagree. */
    public static final String FLAGGED = "judges disagree";

    /** The value of {@code selected} for a case of the random sample. */
    public static final String SAMPLED = "random sample";

    private static final CsvSchema SCHEMA = CsvSchema.builder().addColumn("case").addColumn("variant")
            .addColumn("dimension").addColumn("rater").addColumn("score").addColumn("selected")
            .addColumn("transcript").build().withHeader();

    private AnnotationSheet() {
    }

    /**
     * One row of the sheet.
     *
     * @param caseId the case
     * @param dimension the rubric dimension
     * @param rater the clinician's pseudonym, empty for them to fill in
     * @param selected why the case is on the sheet ({@link #FLAGGED} or {@link #SAMPLED})
     * @param transcript where to read the conversation
     */
    public record Row(String caseId, String dimension, String rater, String selected, String transcript) {
    }

    /**
     * The rows for a report.
     *
     * @param report the run's report
     * @param transcripts the {@code report.html} the transcript references point into
     * @param sample how many of the cases not flagged to add at random
     * @param seed the seed of that sample
     * @param raters the clinicians' pseudonyms (one row each), or none for an empty rater column
     */
    public static List<Row> rows(SuiteReport report, String transcripts, int sample, long seed, List<String> raters) {
        List<Judged> flagged = new ArrayList<>();
        List<Judged> others = new ArrayList<>();
        for (CaseReport c : report.cases()) {
            Judged judged = new Judged(c.id(), judged(c));
            if (judged.dimensions().isEmpty()) {
                continue;
            }
            (c.needsHumanReview() != null && !c.needsHumanReview().isEmpty() ? flagged : others).add(judged);
        }
        Collections.shuffle(others, new java.util.Random(new SplittableRandom(seed).nextLong()));
        List<Row> rows = new ArrayList<>();
        flagged.forEach(c -> add(rows, c, FLAGGED, transcripts, raters));
        others.stream().limit(Math.max(0, sample)).forEach(c -> add(rows, c, SAMPLED, transcripts, raters));
        return rows;
    }

    private static List<String> judged(CaseReport c) {
        return c.checks() == null ? List.of() : c.checks().stream()
                .filter(check -> check.juryScore() != null)
                .map(CaseReport.CheckReport::dimension)
                .toList();
    }

    /** What the sheet needs of a judged case (the cases are read once, not kept). */
    private record Judged(String id, List<String> dimensions) {
    }

    private static void add(List<Row> rows, Judged c, String selected, String transcripts, List<String> raters) {
        for (String dimension : c.dimensions()) {
            for (String rater : raters.isEmpty() ? List.of("") : raters) {
                rows.add(new Row(c.id(), dimension, rater, selected, transcripts + "#case-" + c.id()));
            }
        }
    }

    /** Writes the rows as the sheet's CSV (UTF-8, fields quoted where they hold commas, quotes or line breaks). */
    public static void write(List<Row> rows, Path file) {
        try {
            AtomicFiles.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writeCsv(rows, writer);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file.toAbsolutePath(), e);
        }
    }

    /** The rows as the sheet's CSV text, as {@link #write} writes it (the HTML report offers it for download). */
    public static String csv(List<Row> rows) {
        StringWriter text = new StringWriter();
        try {
            writeCsv(rows, text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the review sheet", e);
        }
        return text.toString();
    }

    private static void writeCsv(List<Row> rows, Writer writer) throws IOException {
        try (SequenceWriter csv = new CsvMapper().writer(SCHEMA).writeValues(writer)) {
            for (Row row : rows) {
                csv.write(new String[] {row.caseId(), "full", row.dimension(), row.rater(), "",
                    row.selected(), row.transcript()});
            }
        }
    }
}
