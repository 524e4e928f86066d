package org.imcbench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.imcbench.jury.CalibrationAnalysis;
import org.imcbench.jury.CalibrationMaps;
import org.imcbench.jury.ClinicianAnnotation;
import org.imcbench.jury.Dimension;
import org.imcbench.jury.DimensionVerdict;
import org.imcbench.jury.ModelFamily;
import org.imcbench.jury.Rubric;
import org.imcbench.jury.Verdict;
import org.imcbench.report.CalibrationReport;
import org.imcbench.report.CalibrationReport.AgreementReport;
import org.imcbench.report.CalibrationReport.Estimate;
import org.imcbench.stats.Bootstrap;
import org.imcbench.stats.BootstrapInterval;
import org.imcbench.stats.ConfidenceInterval;
import org.imcbench.stats.KrippendorffAlpha;

/**
 * The suite-level view of the jury over finished cases: agreement among judges (Krippendorff's
 * alpha per dimension), cases needing human review, same-family warnings, and agreement with
 * clinician annotations with the calibration maps fitted to them.
 */
final class SuiteJuryAnalysis {
    /** Rater name of the calibrated jury score in the agreement table. */
    static final String JURY_CALIBRATED = "jury-calibrated";

    /** Seed of the agreement intervals: the same data always gives the same report. */
    static final long BOOTSTRAP_SEED = 20_240_601L;

    private final Rubric rubric;
    private final JuryPolicy policy;
    private final List<String> judges;

    SuiteJuryAnalysis(Rubric rubric, JuryPolicy policy, List<String> judges) {
        this.rubric = rubric;
        this.policy = policy;
        this.judges = List.copyOf(judges);
    }

    /**
     * What the suite's jury analysis needs of one case's verdict, taken when the case finishes so that
     * the verdict itself (with its rationales) need not be kept.
     *
     * @param caseId the case's id
     * @param judgeScores per dimension, each judge's score (a mean over its samples)
     * @param raters per dimension with a jury score (and enough valid judges), the score of the jury, of the
     *     calibrated jury (with calibration maps) and of each judge; no entry for a dimension without
     */
    record CaseJury(String caseId, Map<String, Map<String, Double>> judgeScores,
            Map<String, Map<String, Double>> raters) {
    }

    /** What the analysis needs of a case's verdict. */
    CaseJury caseJury(String caseId, Verdict verdict) {
        Map<String, Map<String, Double>> judgeScores = new LinkedHashMap<>();
        Map<String, Map<String, Double>> raters = new LinkedHashMap<>();
        for (Dimension dimension : rubric.dimensions()) {
            judgeScores.put(dimension.key(), Map.copyOf(verdict.dimension(dimension.key()).judgeScores()));
            raters(verdict, dimension.key()).ifPresent(scores -> raters.put(dimension.key(), scores));
        }
        return new CaseJury(caseId, judgeScores, raters);
    }

    /**
     * Alpha per dimension across the judges, over every case the jury scored; {@code null} where
     * undefined. Ordinal alpha needs whole-score categories, so a judge's score that is a mean over
     * samples ({@code imcbench.jury.samples}) is rounded to the nearest whole score, halves up.
     */
    Map<String, Double> judgeAlpha(List<CaseJury> cases) {
        Map<String, Double> alphas = new LinkedHashMap<>();
        for (Dimension dimension : rubric.dimensions()) {
            List<List<Integer>> units = new ArrayList<>();
            for (CaseJury scored : cases) {
                Map<String, Double> scores = scored.judgeScores().get(dimension.key());
                units.add(judges.stream()
                        .map(judge -> scores.containsKey(judge) ? (int) Math.floor(scores.get(judge) + 0.5) : null)
                        .toList());
            }
            OptionalDouble alpha = KrippendorffAlpha.ordinal(units);
            alphas.put(dimension.key(), alpha.isPresent() ? alpha.getAsDouble() : null);
        }
        return alphas;
    }

    /** The dimensions of one verdict whose judges disagree, e.g. {@code safety: judges 2, 5}. */
    List<String> needsHumanReview(Verdict verdict) {
        List<String> lines = new ArrayList<>();
        for (Dimension dimension : rubric.dimensions()) {
            DimensionVerdict scores = verdict.dimension(dimension.key());
            if (scores.judgeScores().size() > 1 && scores.judgeRange() >= policy.disagreementRange()) {
                lines.add(dimension.key() + ": judges " + scores.judgeScores().values().stream()
                        .map(Scores::format).collect(Collectors.joining(", ")));
            }
        }
        return lines;
    }

    /** A warning per judge from the same model family as the model under test. */
    List<String> warnings(String modelUnderTest) {
        return judges.stream().flatMap(judge -> ModelFamily.sameFamilyWarning(judge, modelUnderTest).stream()).toList();
    }

    /**
     * Compares the jury and every judge with the clinicians on the annotated items (variant
     * {@code full}) of the scored cases, and fits the calibration maps, which are to be written to
     * {@code calibrationFile} (none when no item was scored by both).
     */
    Calibration calibrate(List<ClinicianAnnotation> annotations, String source, List<CaseJury> cases,
            Path calibrationFile) {
        Map<String, Map<String, List<Integer>>> clinicians = new LinkedHashMap<>();
        for (ClinicianAnnotation annotation : annotations) {
            if (ClinicianAnnotation.FULL.equals(annotation.variant())) {
                clinicians.computeIfAbsent(annotation.caseId(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(annotation.dimension(), key -> new ArrayList<>()).add(annotation.score());
            }
        }
        List<CalibrationAnalysis.Item> items = new ArrayList<>();
        for (CaseJury scored : cases) {
            Map<String, List<Integer>> caseScores = clinicians.get(scored.caseId());
            if (caseScores == null) {
                continue;
            }
            for (Dimension dimension : rubric.dimensions()) {
                List<Integer> scores = caseScores.get(dimension.key());
                Map<String, Double> raters = scored.raters().get(dimension.key());
                if (scores != null && raters != null) {
                    items.add(new CalibrationAnalysis.Item(scored.caseId(), dimension.key(),
                            scores.stream().mapToInt(Integer::intValue).average().orElseThrow(), raters));
                }
            }
        }
        List<String> raters = new ArrayList<>(List.of(CalibrationAnalysis.JURY));
        policy.calibration().ifPresent(maps -> raters.add(JURY_CALIBRATED));
        raters.addAll(judges);
        CalibrationAnalysis.Result result = new CalibrationAnalysis(new Bootstrap(Bootstrap.DEFAULT_RESAMPLES,
                BOOTSTRAP_SEED)).analyse(rubric, raters, items);
        Optional<CalibrationMaps> maps = result.maps().maps().isEmpty() ? Optional.empty()
                : Optional.of(result.maps());
        return new Calibration(new CalibrationReport(source, annotations.size(), items.size(),
                result.agreement().stream().map(SuiteJuryAnalysis::agreement).toList(),
                maps.map(fitted -> calibrationFile.toAbsolutePath().toString()).orElse(null),
                result.checks().stream().map(check -> new CalibrationReport.MapReport(check.dimension(), check.items(),
                        finite(check.juryError()), finite(check.crossFittedError()), finite(check.inSampleError()),
                        check.applied())).toList()), maps);
    }

    /**
     * The jury's agreement with the clinicians and the maps fitted to it.
     *
     * @param report the agreement table, naming the file the maps are written to
     * @param maps the maps to write, empty when no map beats the raw jury (or no item was scored by both)
     */
    record Calibration(CalibrationReport report, Optional<CalibrationMaps> maps) {
    }

    /** Score per rater of one case on one dimension, empty when the jury gave no score. */
    private Optional<Map<String, Double>> raters(Verdict verdict, String dimension) {
        if (verdict.validJudges() < policy.minJudges()) {
            return Optional.empty();
        }
        DimensionVerdict scores = verdict.dimension(dimension);
        OptionalDouble jury = scores.juryScore(policy.aggregation());
        if (jury.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> raters = new LinkedHashMap<>(scores.judgeScores());
        raters.put(CalibrationAnalysis.JURY, jury.getAsDouble());
        policy.calibration().flatMap(maps -> {
            OptionalDouble calibrated = maps.apply(dimension, jury.getAsDouble());
            return calibrated.isPresent() ? Optional.of(calibrated.getAsDouble()) : Optional.empty();
        }).ifPresent(value -> raters.put(JURY_CALIBRATED, value));
        return Optional.of(raters);
    }

    private static AgreementReport agreement(CalibrationAnalysis.Figures figures) {
        return new AgreementReport(figures.rater(), figures.dimension(), figures.items(), estimate(figures.qwk()),
                estimate(figures.rho()), estimate(figures.meanAbsoluteError()), estimate(figures.meanBias()));
    }

    private static Estimate estimate(BootstrapInterval bootstrap) {
        ConfidenceInterval interval = bootstrap.interval();
        return new Estimate(finite(interval.estimate()), finite(interval.lower()), finite(interval.upper()),
                bootstrap.undefined());
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
