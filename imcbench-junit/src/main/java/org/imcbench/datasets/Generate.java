package org.imcbench.datasets;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imcbench.cases.Audience;
import org.imcbench.cases.CaseDirectory;
import org.imcbench.cases.CaseValidator;
import org.imcbench.cases.ImageResolver;
import org.imcbench.cases.ImageSettings;
import org.imcbench.config.Settings;

/**
 * The command line of the generator: turns a public dataset on disk into case files and checks them
 * with the case validator (images found below the dataset root, never downloaded).
 *
 * <pre>
 * java -cp ... org.imcbench.datasets.Generate --dataset chestxray14 --labels Data_Entry_2017.csv
 *     [--boxes BBox_List_2017.csv] --images DIR --out src/test/resources/cases
 *     [--size 500] [--priors 50] [--seed 1] [--audience patient|clinician|mixed]
 *     [--license ID] [--attribution TEXT]
 * </pre>
 *
 * Run the cases with {@code -Dimcbench.images.root=DIR}.
 */
public final class Generate {
    private static final Set<String> OPTIONS = Set.of("--dataset", "--labels", "--boxes", "--images", "--out",
            "--size", "--priors", "--seed", "--audience", "--license", "--attribution");
    private static final String USAGE = "usage: generate --dataset chestxray14|ham10000|isic --labels FILE "
            + "[--boxes FILE] --images DIR --out DIR [--size N (100)] [--priors N (0)] [--seed N (1)] "
            + "[--audience patient|clinician|mixed (mixed)] [--license ID] [--attribution TEXT]";

    private Generate() {
    }

    /**
     * Runs the generator.
     *
     * @param args the options
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Generates and checks the cases, printing what it did.
     *
     * @param args the options
     * @param out where the summary and the validator's problems go
     * @param err where usage errors go
     * @return 0 when the cases were written and are valid, 1 when a file could not be read or a case is
     *     not valid, 2 on wrong usage (also an unknown licence)
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        GenerateOptions options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        GenerationReport report;
        try {
            report = CaseGenerator.generate(options);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("cannot generate: " + e.getMessage());
            return 1;
        }
        out.println(options.dataset().id() + ": " + report.rows() + " row(s) read; wrote " + report.caseIds().size()
                + " case(s) (" + report.priorCases() + " prior-study of " + report.priorPairsAvailable()
                + " same-patient pair(s)) to " + options.out());
        report.skippedLabels().forEach((label, rows) -> out.println("skipped: no knowledge entry for label \""
                + label + "\" (" + rows + " row(s))"));
        if (report.missingImages() > 0) {
            out.println("skipped: " + report.missingImages() + " row(s) whose image is not below " + options.images());
        }
        ImageSettings images = new ImageSettings(Optional.empty(),
                Settings.IMAGES_CACHE.parser().apply(Settings.IMAGES_CACHE.defaultValue()), true,
                Optional.of(options.images()), ImageSettings.DEFAULT_MAX_BYTES, ImageSettings.DEFAULT_PREFETCH_THREADS);
        CaseValidator.Report check = new CaseValidator(new ImageResolver(images))
                .validate(CaseDirectory.of(options.out().toString(), Generate.class.getClassLoader()));
        check.problems().forEach(out::println);
        out.println(options.out() + ": " + check.validCases() + " case(s) loaded, " + check.problems().size()
                + " problem(s); run them with -Dimcbench.images.root=" + options.images());
        return check.problems().isEmpty() ? 0 : 1;
    }

    /** Parses {@code --name value} pairs. */
    static GenerateOptions options(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException(OPTIONS.contains(args[i]) ? args[i] + " needs a value"
                        : "unknown option " + args[i]);
            }
            if (values.put(args[i], args[i + 1]) != null) {
                throw new IllegalArgumentException(args[i] + " given twice");
            }
        }
        String audience = values.getOrDefault("--audience", "mixed").toLowerCase(Locale.ROOT);
        if (!List.of("patient", "clinician", "mixed").contains(audience)) {
            throw new IllegalArgumentException("--audience must be patient, clinician or mixed: " + audience);
        }
        return new GenerateOptions(Dataset.byId(required(values, "--dataset")),
                Path.of(required(values, "--labels")), Optional.ofNullable(values.get("--boxes")).map(Path::of),
                Path.of(required(values, "--images")), Path.of(required(values, "--out")),
                number(values, "--size", 100), number(values, "--priors", 0),
                number(values, "--seed", 1),
                audience.equals("mixed") ? Optional.empty()
                        : Optional.of(Audience.valueOf(audience.toUpperCase(Locale.ROOT))),
                Optional.ofNullable(values.get("--license")), Optional.ofNullable(values.get("--attribution")));
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: " + value, e);
        }
    }
}
