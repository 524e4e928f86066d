package org.imcbench.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a whole case folder the way a run would, without running it: the suite file, every case
 * file (schema and references), duplicate case ids, and every image (present, hash, media type,
 * size). Collects every problem instead of stopping at the first. Also reviews what a run cannot
 * refuse, as warnings: a diagnosis given away in what the model or the patient simulator sees
 * ({@link LabelLeaks}), and image size or format that tells strata apart ({@link ImageBalance}).
 */
public final class CaseValidator {
    private final CaseLoader loader;
    private final ImageResolver images;
    private final LabelLeaks review = new LabelLeaks();

    /**
     * @param images resolves and checks the images of the cases
     */
    public CaseValidator(ImageResolver images) {
        this(images, new CaseLoader());
    }

    /**
     * @param images resolves and checks the images of the cases
     * @param loader reads the case files
     */
    public CaseValidator(ImageResolver images, CaseLoader loader) {
        this.images = Objects.requireNonNull(images, "images");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /**
     * Checks a folder.
     *
     * @param folder the case folder
     * @return every problem, one line each (a missing-images block spans several), in file order (image
     *     problems last), and every warning
     */
    public Report validate(CaseDirectory folder) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<CaseFile> files;
        try {
            folder.suiteFile();
            files = folder.list();
        } catch (CaseFormatException | IllegalArgumentException | UncheckedIOException e) {
            return new Report(0, e.getMessage().lines().toList(), List.of());
        }
        Map<String, BenchmarkCase> byId = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (CaseFile file : files) {
            try {
                loader.read(file, loaded -> {
                    loaded.problem().ifPresent(problem -> problems.addAll(problem.getMessage().lines().toList()));
                    loaded.benchmarkCase().ifPresent(benchmarkCase -> {
                        BenchmarkCase first = byId.putIfAbsent(benchmarkCase.id(), benchmarkCase);
                        if (first == null) {
                            lines.put(benchmarkCase.id(), loaded.line());
                            review.review(benchmarkCase).forEach(leak -> warnings.add(leak.getMessage()));
                        } else {
                            problems.add(CaseLoader.duplicateId(benchmarkCase, first.locations().sourceName(),
                                    lines.get(first.id())).getMessage());
                        }
                    });
                });
            } catch (IOException e) {
                problems.add(file.displayName() + ": cannot be read: " + e.getMessage());
            }
        }
        PrefetchedImages fetched = images.fetchAll(byId.values());
        byId.keySet().forEach(id -> fetched.problemsOf(id).forEach(problem -> problems.add(problem.getMessage())));
        if (!fetched.missing().isEmpty()) {
            problems.add(new MissingImagesException(fetched.missing(), images.settings().cacheDir()).getMessage());
        }
        ImageBalance.warnings(byId.values(), fetched::image)
                .forEach(warning -> warnings.add(folder.location() + ": " + warning));
        return new Report(byId.size(), problems, warnings);
    }

    /**
     * What a check found.
     *
     * @param validCases how many cases loaded (their images may still have problems)
     * @param problems every problem, one message each
     * @param warnings what a reviewer should look at but does not stop a run, one message each
     */
    public record Report(int validCases, List<String> problems, List<String> warnings) {
        /** Copies the lists. */
        public Report {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }
    }
}
