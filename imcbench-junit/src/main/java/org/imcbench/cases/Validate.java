package org.imcbench.cases;

import java.io.PrintStream;
import java.util.List;
import org.imcbench.config.ConfigSource;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;

/**
 * Checks case folders without running a model: {@code mvn imcbench:validate} (the
 * {@code imcbench-maven-plugin} goal, which calls {@link #run}) or
 * {@code java -cp <imcbench-junit and its dependencies> org.imcbench.cases.Validate DIR...}. A folder is a
 * directory or {@code classpath:dir}. Prints every problem of every file (not only the first of a
 * file), one line each (a missing-images block spans several), then the warnings (a diagnosis given away
 * in what the model sees, image size or format that tells strata apart; each line starts with
 * {@code warning: }), then a summary; exits 1 when there is a problem, 2 on wrong usage, 0 otherwise
 * (warnings alone do not fail).
 * Image settings come from system properties, e.g. {@code -Dimcbench.images.mirror=DIR},
 * {@code -Dimcbench.images.offline=true}, {@code -Dimcbench.images.root=DIR}.
 */
public final class Validate {
    private Validate() {
    }

    /**
     * Runs the check.
     *
     * @param args the case folders
     */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /**
     * Checks the folders and prints what it finds.
     *
     * @param folders the case folders
     * @param out where problems and the summary go
     * @param err where usage errors go
     * @return the exit status: 0 valid, 1 problems found, 2 wrong usage
     */
    public static int run(List<String> folders, PrintStream out, PrintStream err) {
        if (folders.isEmpty()) {
            err.println("usage: java -cp ... org.imcbench.cases.Validate DIR... (a directory or classpath:dir)");
            return 2;
        }
        ImcBenchConfig config = ImcBenchConfig.of(List.of(ConfigSource.systemProperties()));
        CaseValidator validator = new CaseValidator(new ImageResolver(new ImageSettings(
                config.find(Settings.IMAGES_MIRROR), config.get(Settings.IMAGES_CACHE),
                config.get(Settings.IMAGES_OFFLINE), config.find(Settings.IMAGES_ROOT),
                config.get(Settings.IMAGES_MAX_BYTES), config.get(Settings.IMAGES_PREFETCH_THREADS),
                config.get(Settings.IMAGES_MAX_PIXELS))), new CaseLoader(config.get(Settings.CASES_MAX_BYTES)));
        int problems = 0;
        for (String folder : folders) {
            CaseValidator.Report report = validator.validate(
                    CaseDirectory.of(folder, Thread.currentThread().getContextClassLoader()));
            report.problems().forEach(out::println);
            report.warnings().forEach(warning -> out.println("warning: " + warning));
            out.println(folder + ": " + report.validCases() + " case(s) loaded, " + report.problems().size()
                    + " problem(s)" + (report.warnings().isEmpty() ? "" : ", " + report.warnings().size()
                    + " warning(s)"));
            problems += report.problems().size();
        }
        return problems == 0 ? 0 : 1;
    }
}
