package org.imcbench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * </pre>
 *
 * <p>{@code merge} joins shards of one suite into one report (and {@code report.html} beside it);
 * {@code compare} writes {@code leaderboard.json} and {@code leaderboard.html} into {@code DIR}, the
 * later reports compared with the first. {@code --images} names a folder of case images (a mirror
 * or the image cache; files are found by their SHA-256) to inline into the HTML. Exit codes: 0 done,
 * 2 wrong usage, 1 a report could not be read, merged or written.
 */
public final class ReportTool {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String USAGE = """
            usage: ReportTool merge A.json B.json [...] --out report.json [--images DIR]
                   ReportTool compare A.json B.json [...] --out DIR [--images DIR]""";

    private ReportTool() {
    }

    /** Runs the tool and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the tool and returns its exit code; messages go to {@code out} and {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> inputs = new ArrayList<>();
        Path output = null;
        Path images = null;
        for (int i = 1; i < args.length; i++) {
            if (("--out".equals(args[i]) || "--images".equals(args[i])) && i + 1 < args.length) {
                Path value = Path.of(args[++i]);
                if ("--out".equals(args[i - 1])) {
                    output = value;
                } else {
                    images = value;
                }
            } else if (args[i].startsWith("--")) {
                err.println("unknown option " + args[i] + "\n" + USAGE);
                return 2;
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        String command = args.length == 0 ? "" : args[0];
        if (!List.of("merge", "compare").contains(command) || output == null || inputs.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        try {
            List<SuiteReport> reports = inputs.stream().map(ReportWriter::read).toList();
            ImageSource imageSource = images == null ? ImageSource.NONE : new ImageFolder(images);
            if ("merge".equals(command)) {
                SuiteReport merged = ReportMerger.merge(reports);
                writeJson(merged, output);
                Path html = HtmlReport.write(HtmlReport.page(merged, imageSource),
                        output.resolveSibling("report.html"));
                out.println("merged " + merged.cases().size() + " cases into " + output.toAbsolutePath() + " and "
                        + html);
            } else {
                writeJson(Leaderboard.of(reports), output.resolve("leaderboard.json"));
                Path html = HtmlReport.write(HtmlReport.comparisonPage(reports, imageSource),
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
                Optional<Path> file = index.find(sha256);
                return file.isPresent() ? Optional.of(Files.readAllBytes(file.get())) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
