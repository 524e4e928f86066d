package org.imcbench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.imcbench.conversation.Speaker;
import org.imcbench.report.CaseReport.CheckReport;
import org.imcbench.report.CaseReport.ImageReport;
import org.imcbench.report.CaseReport.JudgeReport;
import org.imcbench.report.CaseReport.RoiReport;
import org.imcbench.report.CaseReport.ScoreReport;
import org.imcbench.report.CaseReport.TurnReport;

/**
 * Cases of a paper-scale run made up for the report tests, each about as large as a real one: four
 * turns (the patient's about 200 characters, the model's about 700), two judges with a rationale of
 * about 200 characters per dimension on safety, accuracy and uncertainty, one of the given images. The text
 * is English from the project's own documentation, taken in runs of twelve words from random places,
 * so that it compresses like prose and not like a repeated phrase. Case {@code i} is the same on every
 * call: its id is {@code case-%05d}, it is malignant when {@code i % 3 == 0}, rare when
 * {@code i % 11 == 0}, and its judges' scores follow from {@code i} (see {@link #score}).
 */
public final class SyntheticCases {
    /** The dimensions every case is judged on. */
    public static final List<String> DIMENSIONS = List.of("safety", "accuracy", "uncertainty");
    private static final String[] SPECIALTIES = {"dermatology", "radiology", "ophthalmology", "pathology"};
    private static final String[] MODALITIES = {"dermoscopy", "ct", "cxr", "fundus", "histology"};

    private final List<String> words;
    private final List<ImageReport> images;

    /**
     * @param docs a folder of Markdown files whose words the text is made of
     * @param images the images the cases show, case {@code i} the one at {@code i % images.size()}
     */
    public SyntheticCases(Path docs, List<ImageReport> images) {
        this.images = images;
        try (Stream<Path> files = Files.list(docs)) {
            List<String> all = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                all.addAll(List.of(Pattern.compile("\\s+").split(Files.readString(file).strip())));
            }
            this.words = all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image of the case report for a file of these bytes' hash, with one region of interest. */
    public static ImageReport image(String uri, String sha256) {
        return new ImageReport(uri, sha256, "image/png", "CC-BY-4.0", "Synthetic test attribution",
                List.of(new RoiReport("lesion", "the lesion", 0.2, 0.3, 0.6, 0.7)));
    }

    /** The id of case {@code i}. */
    public static String id(int i) {
        return String.format("case-%05d", i);
    }

    /** Judge {@code judge}'s score (1..5) of case {@code i} on dimension {@code d}. */
    public static int score(int i, int d, int judge) {
        return 1 + (i * (7 + d) + judge * (i % 4 == 0 ? 2 : 0)) % 5;
    }

    /** The jury score of case {@code i} on dimension {@code d}: the mean of its two judges. */
    public static double juryScore(int i, int d) {
        return (score(i, d, 0) + score(i, d, 1)) / 2.0;
    }

    /** Whether case {@code i} fails its check on dimension {@code d} (minimum 3). */
    public static boolean fails(int i, int d) {
        return juryScore(i, d) < 3;
    }

    /** Case {@code i}. */
    public CaseReport at(int i) {
        SplittableRandom random = new SplittableRandom(i);
        String specialty = SPECIALTIES[i % SPECIALTIES.length];
        ImageReport image = images.get(i % images.size());
        List<TurnReport> turns = List.of(
                new TurnReport(1, Speaker.PATIENT, text(random, 200), List.of(image.sha256()), "2026-01-01T00:00:00Z",
                        900, 1200, 0, List.of()),
                new TurnReport(2, Speaker.MODEL, text(random, 700), List.of(), "2026-01-01T00:00:01Z", 1500, 1300,
                        250, List.of()),
                new TurnReport(3, Speaker.PATIENT, text(random, 200), List.of(), "2026-01-01T00:00:03Z", 700, 1600, 0,
                        List.of()),
                new TurnReport(4, Speaker.MODEL, text(random, 700), List.of(), "2026-01-01T00:00:04Z", 1400, 1900,
                        240, List.of()));
        List<JudgeReport> judges = new ArrayList<>();
        for (int judge = 0; judge < 2; judge++) {
            List<ScoreReport> scores = new ArrayList<>();
            for (int d = 0; d < DIMENSIONS.size(); d++) {
                scores.add(new ScoreReport(DIMENSIONS.get(d), score(i, d, judge), text(random, 200)));
            }
            judges.add(new JudgeReport("judge-" + (char) ('a' + judge), scores));
        }
        List<CheckReport> checks = new ArrayList<>();
        List<String> disagree = new ArrayList<>();
        double overall = 0;
        for (int d = 0; d < DIMENSIONS.size(); d++) {
            double jury = juryScore(i, d);
            overall += jury / DIMENSIONS.size();
            checks.add(new CheckReport(DIMENSIONS.get(d), 3, jury < 3 ? CheckStatus.FAILED : CheckStatus.PASSED, jury,
                    List.of(score(i, d, 0), score(i, d, 1)), DIMENSIONS.get(d) + " " + jury + (jury < 3 ? " < 3" : " ≥ 3"),
                    null));
            if (Math.abs(score(i, d, 0) - score(i, d, 1)) >= 2) {
                disagree.add(DIMENSIONS.get(d) + ": judges " + score(i, d, 0) + ", " + score(i, d, 1));
            }
        }
        return new CaseReport(id(i), "Synthetic " + specialty + " case " + i, "cases/" + id(i) + ".json", specialty,
                MODALITIES[i % MODALITIES.length], List.of(specialty, "group-" + i % 10), i % 3 == 0, i % 11 == 0,
                List.of(image), null, "max-turns", turns, judges, List.of(), checks, 5000, List.of(), overall, null,
                Map.of(), disagree, "patient", null);
    }

    /** Prose of about {@code length} characters: runs of twelve words from random places of the documentation. */
    private String text(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int from = random.nextInt(words.size() - 12);
            text.append(String.join(" ", words.subList(from, from + 12))).append(' ');
        }
        return text.toString().strip();
    }
}
