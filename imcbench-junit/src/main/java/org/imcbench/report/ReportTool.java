package org.imcbench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imcbench.cases.MirrorIndex;
import org.imcbench.io.AtomicFiles;
import org.imcbench.report.html.HtmlReport;
import org.imcbench.report.html.ImageSource;

/**
 * Command line for {@code report.json} files, no model needed:
 *
 * <pre>
 * java -cp imcbench-junit.jar org.imcbench.report.ReportTool merge A.json B.json --out report.json [--images DIR]
 * java -cp imcbench-junit.jar org.imcbench.report.ReportTool compare A.json B.json [...] --out DIR [--images DIR]
 * java -cp imcbench-junit.jar org.imcbench.report.ReportTool review-sheet report.json --out sheet.csv [--sample N]
 *     [--seed S] [--raters a,b]
 * </pre>
 *
 * <p>{@code merge} joins shards of one suite into one report (and {@code report.html} beside it);
 * {@code compare} writes {@code leaderboard.json} and {@code leaderboard.html} into {@code DIR}, the
 * later reports compared with the first. {@code --images} names a folder of case images (a mirror
 * or the image cache; files are found by their SHA-256) to inline into the HTML. {@code review-sheet}
 * writes a clinician review sheet ({@link AnnotationSheet}): the cases the report flags for human
 * review and {@code --sample} (default {@value #DEFAULT_SAMPLE}) others drawn with {@code --seed},
 * one row per judged dimension and each of {@code --raters}, scores empty. Exit codes: 0 done,
 * 2 wrong usage, 1 a report could not be read, merged or written.
 */
public final class ReportTool {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String USAGE = """
            usage: ReportTool merge A.json B.json [...] --out report.json [--images DIR]
                   ReportTool compare A.json B.json [...] --out DIR [--images DIR]
                   ReportTool review-sheet report.json --out sheet.csv [--sample N] [--seed S] [--raters a,b]""";
    private static final int DEFAULT_SAMPLE = 20;
    private static final List<String> OPTIONS = List.of("--out", "--images", "--sample", "--seed", "--raters");

    private ReportTool() {
    }

    /** Runs the tool and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the tool and returns its exit code; messages go to {@code out} and {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> inputs = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (OPTIONS.contains(args[i]) && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else if (args[i].startsWith("--")) {
                err.println("unknown option " + args[i] + "\n" + USAGE);
                return 2;
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        String command = args.length == 0 ? "" : args[0];
        Path output = options.containsKey("--out") ? Path.of(options.get("--out")) : null;
        Path images = options.containsKey("--images") ? Path.of(options.get("--images")) : null;
        if (!List.of("merge", "compare", "review-sheet").contains(command) || output == null || inputs.isEmpty()
                || ("review-sheet".equals(command) && inputs.size() != 1)) {
            err.println(USAGE);
            return 2;
        }
        if ("review-sheet".equals(command)) {
            return reviewSheet(inputs.get(0), output, options, out, err);
        }
        try {
            List<SuiteReport> reports = inputs.stream().map(ReportWriter::read).toList();
            ImageSource imageSource = images == null ? ImageSource.NONE : new ImageFolder(images);
            if ("merge".equals(command)) {
                SuiteReport merged = ReportMerger.merge(reports);
                writeJson(merged, output);
                Path html = HtmlReport.write(merged, imageSource, output.resolveSibling("report.html"));
                out.println("merged " + merged.cases().size() + " cases into " + output.toAbsolutePath() + " and "
                        + html);
            } else {
                writeJson(Leaderboard.of(reports), output.resolve("leaderboard.json"));
                Path html = HtmlReport.writeComparison(reports, imageSource,
                        output.resolve("leaderboard.html"));
                out.println("compared " + reports.size() + " reports: " + output.resolve("leaderboard.json")
                        .toAbsolutePath() + " and " + html);
            }
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static int reviewSheet(Path report, Path sheet, Map<String, String> options, PrintStream out,
            PrintStream err) {
        int sample;
        long seed;
        try {
            sample = Integer.parseInt(options.getOrDefault("--sample", Integer.toString(DEFAULT_SAMPLE)));
            seed = Long.parseLong(options.getOrDefault("--seed", "1"));
        } catch (NumberFormatException e) {
            err.println("--sample and --seed must be whole numbers\n" + USAGE);
            return 2;
        }
        List<String> raters = options.containsKey("--raters") ? Arrays.stream(options.get("--raters").split(","))
                .map(String::strip).filter(rater -> !rater.isEmpty()).toList() : List.of();
        try {
            List<AnnotationSheet.Row> rows = AnnotationSheet.rows(ReportWriter.read(report),
                    report.toAbsolutePath().resolveSibling("report.html").toUri().toString(), sample, seed, raters);
            AnnotationSheet.write(rows, sheet);
            out.println("wrote " + rows.size() + " rows to score into " + sheet.toAbsolutePath()
                    + "; fill in rater and score, then set imcbench.jury.annotations to it");
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static void writeJson(Object value, Path file) {
        try {
            AtomicFiles.write(file, out -> JSON.writeValue(out, value));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file.toAbsolutePath(), e);
        }
    }

    /** Images of a folder by SHA-256 (a mirror or an image cache), hashed once through a {@link MirrorIndex}. */
    private static final class ImageFolder implements ImageSource {
        private final MirrorIndex index;

        ImageFolder(Path dir) {
            this.index = new MirrorIndex(dir);
        }

        @Override
        public Optional<byte[]> bytes(String sha256) {
            try {
                return index.read(sha256);
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
