package org.imcbench.run;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.DoubleFunction;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.Urgency;
import org.imcbench.conversation.Ablation;
import org.imcbench.conversation.Transcript;
import org.imcbench.conversation.Turn;
import org.imcbench.jury.ClinicianAnnotation;
import org.imcbench.jury.Dimension;
import org.imcbench.jury.Rubric;
import org.imcbench.jury.Verdict;
import org.imcbench.model.Usage;
import org.imcbench.model.usage.PriceTable;
import org.imcbench.report.AblationReport;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CaseReport.CheckReport;
import org.imcbench.report.CaseReport.ImageReport;
import org.imcbench.report.CaseReport.JudgeErrorReport;
import org.imcbench.report.CaseReport.JudgeReport;
import org.imcbench.report.CaseReport.RoiReport;
import org.imcbench.report.CaseReport.ScoreReport;
import org.imcbench.report.CaseReport.TurnReport;
import org.imcbench.report.CheckStatus;
import org.imcbench.report.RunReport;
import org.imcbench.report.SuiteReport;
import org.imcbench.report.SuiteStatistics;
import org.imcbench.report.SummaryReport;
import org.imcbench.report.UsageReport;

/**
 * Collects the results of a suite's cases as they finish (from any thread), and the cases skipped
 * for the budget, and turns them into the suite's {@link SuiteReport}, cases in discovery order,
 * with usage and cost per role priced by the run's price table, overall (weighted) scores, judge
 * agreement, cases needing human review, the suite statistics, each ablation variant's cases with
 * its drop vs the full cases and, with clinician annotations, the
 * agreement table (the calibration maps are written to the calibration file then). Prints a progress
 * line as each case finishes.
 */
public final class SuiteRecorder {
    private final String suite;
    private final RunDescription run;
    private final List<String> dimensions;
    private final int samples;
    private final Map<String, Integer> order = new ConcurrentHashMap<>();
    private final Map<String, CaseResult> results = new ConcurrentHashMap<>();
    private final Map<String, String> skipped = new ConcurrentHashMap<>();
    private final Map<String, Map<String, CaseResult>> variants = new ConcurrentSkipListMap<>();
    private final PriceTable prices;
    private final Budget budget;
    private final Clock clock;
    private final Instant started;
    private final SuiteProgress progress;
    private final Rubric rubric;
    private final JuryPolicy policy;
    private final SuiteJuryAnalysis jury;
    private final Optional<List<ClinicianAnnotation>> annotations;
    private final String annotationSource;
    private final Path calibrationFile;

    /**
     * Creates a recorder.
     *
     * @param suite the suite's name
     * @param benchmarkRun the run: what it uses and the rubric's dimensions
     * @param cases the suite's cases in discovery order
     * @param clock the clock for start and finish times
     * @param calibrationFile where the calibration maps go when clinician annotations are configured
     */
    public SuiteRecorder(String suite, BenchmarkRun benchmarkRun, List<BenchmarkCase> cases, Clock clock,
            Path calibrationFile) {
        this.suite = suite;
        this.run = benchmarkRun.description();
        this.prices = benchmarkRun.prices();
        this.budget = benchmarkRun.budget();
        this.samples = benchmarkRun.samples();
        this.dimensions = benchmarkRun.rubric().dimensions().stream().map(Dimension::key).toList();
        for (int i = 0; i < cases.size(); i++) {
            order.put(cases.get(i).id(), i);
        }
        this.clock = clock;
        this.started = clock.instant();
        this.progress = new SuiteProgress(suite, cases.size(), clock, System.out);
        this.rubric = benchmarkRun.rubric();
        this.policy = benchmarkRun.juryPolicy();
        this.jury = new SuiteJuryAnalysis(rubric, policy, run.judges());
        this.annotations = benchmarkRun.annotations();
        this.annotationSource = benchmarkRun.annotationSource();
        this.calibrationFile = calibrationFile;
    }

    /** Records a finished case. */
    public void record(CaseResult result) {
        results.put(result.benchmarkCase().id(), result);
        progress.caseFinished(result.checks().stream().anyMatch(check -> check.status() == CheckStatus.FAILED)
                || result.error().isPresent());
    }

    /** Records a finished ablation variant of a case. */
    public void recordVariant(Ablation ablation, CaseResult result) {
        variants.computeIfAbsent(ablation.name(), name -> new ConcurrentHashMap<>())
                .put(result.benchmarkCase().id(), result);
    }

    /** Records a case that was not started, with the reason. */
    public void recordSkipped(String caseId, String reason) {
        skipped.put(caseId, reason);
    }

    /** The report over every case recorded so far. */
    public SuiteReport report() {
        List<CaseResult> ordered = ordered(results.values());
        Instant finished = clock.instant();
        List<CaseReport> cases = ordered.stream().map(this::caseReport).toList();
        List<AblationReport> ablations = variants.entrySet().stream()
                .map(variant -> AblationReport.of(variant.getKey(), cases,
                        ordered(variant.getValue().values()).stream().map(this::caseReport).toList()))
                .toList();
        return new SuiteReport(SuiteReport.SCHEMA_VERSION, suite, started.toString(), finished.toString(),
                run.simulatedModel() || run.simulatedJury(), run.simulationNotice(),
                new RunReport(run.model(), run.patientModel(), run.judges(), run.rubric(), run.thresholds(),
                        run.concurrency(), policy.aggregation(), samples, policy.minJudges()),
                summary(ordered, variantResults(), Duration.between(started, finished)), cases,
                SuiteStatistics.of(cases), null, ablations);
    }

    private List<CaseResult> ordered(Collection<CaseResult> unordered) {
        List<CaseResult> ordered = new ArrayList<>(unordered);
        ordered.sort(Comparator.comparingInt(result -> order.getOrDefault(result.benchmarkCase().id(),
                Integer.MAX_VALUE)));
        return ordered;
    }

    /** Every variant's results: they are not in the counts and means, but their tokens and cost are spent. */
    private List<CaseResult> variantResults() {
        return variants.values().stream().flatMap(byCase -> byCase.values().stream()).toList();
    }

    private SummaryReport summary(List<CaseResult> ordered, List<CaseResult> variantResults, Duration duration) {
        int passed = 0;
        int failed = 0;
        int notJudged = 0;
        List<String> failedChecks = new ArrayList<>();
        List<String> notJudgedChecks = new ArrayList<>();
        Usage usage = Usage.NONE;
        for (CaseResult result : ordered) {
            for (CheckResult check : result.checks()) {
                switch (check.status()) {
                    case PASSED -> passed++;
                    case FAILED -> {
                        failed++;
                        failedChecks.add(result.benchmarkCase().id() + " › " + check.title() + " (jury "
                                + Scores.format(check.juryScore().orElseThrow()) + ")");
                    }
                    case NOT_JUDGED -> {
                        notJudged++;
                        notJudgedChecks.add(check.message());
                    }
                }
            }
        }
        for (CaseResult result : concat(ordered, variantResults)) {
            usage = usage.plus(result.transcript().map(Transcript::usage).orElse(Usage.NONE));
        }
        Map<String, Double> means = new LinkedHashMap<>();
        for (String dimension : dimensions) {
            OptionalDouble mean = ordered.stream()
                    .flatMap(result -> result.verdict().stream())
                    .filter(verdict -> verdict.validJudges() >= policy.minJudges())
                    .map(verdict -> verdict.juryScore(dimension, policy.aggregation()))
                    .filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble)
                    .average();
            means.put(dimension, mean.isPresent() ? mean.getAsDouble() : null);
        }
        long conversationsFailed = ordered.stream().filter(result -> result.error().isPresent()).count();
        List<UsageReport> roles = UsageReports.byRole(
                UsageReports.merge(concat(ordered, variantResults).stream().map(CaseResult::usage).toList()), prices);
        List<String> skippedCases = skipped.entrySet().stream()
                .sorted(Comparator.comparingInt(entry -> order.getOrDefault(entry.getKey(), Integer.MAX_VALUE)))
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .toList();
        return new SummaryReport(ordered.size(), (int) conversationsFailed, passed, failed, notJudged, means,
                failedChecks, notJudgedChecks, usage.inputTokens(), usage.outputTokens(), duration.toMillis(), roles,
                UsageReports.totalCost(roles), budget.limitUsd().isPresent() ? budget.limitUsd().getAsDouble() : null,
                skippedCases, meanOverall(ordered), jury.judgeAlpha(ordered), needsHumanReview(ordered),
                jury.warnings(run.model()), annotations.map(list -> jury.calibrate(list, annotationSource, ordered,
                        calibrationFile)).orElse(null));
    }

    private static List<CaseResult> concat(List<CaseResult> one, List<CaseResult> other) {
        List<CaseResult> all = new ArrayList<>(one);
        all.addAll(other);
        return all;
    }

    private Double meanOverall(List<CaseResult> ordered) {
        OptionalDouble mean = ordered.stream().map(this::overall).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).average();
        return mean.isPresent() ? mean.getAsDouble() : null;
    }

    private List<String> needsHumanReview(List<CaseResult> ordered) {
        List<String> lines = new ArrayList<>();
        for (CaseResult result : ordered) {
            result.verdict().ifPresent(verdict -> jury.needsHumanReview(verdict)
                    .forEach(line -> lines.add(result.benchmarkCase().id() + " › " + line)));
        }
        return lines;
    }

    /** The case's overall score from its jury scores, empty when a dimension has none or judges were too few. */
    private OptionalDouble overall(CaseResult result) {
        return overall(result, OptionalDouble::of);
    }

    private OptionalDouble calibratedOverall(CaseResult result) {
        if (policy.calibration().isEmpty()) {
            return OptionalDouble.empty();
        }
        return overall(result, score -> OptionalDouble.empty());
    }

    private OptionalDouble overall(CaseResult result, DoubleFunction<OptionalDouble> uncalibrated) {
        Verdict verdict = result.verdict().orElse(null);
        if (verdict == null || verdict.validJudges() < policy.minJudges()) {
            return OptionalDouble.empty();
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Dimension dimension : rubric.dimensions()) {
            OptionalDouble score = verdict.juryScore(dimension.key(), policy.aggregation());
            if (score.isEmpty()) {
                return OptionalDouble.empty();
            }
            OptionalDouble value = uncalibrated.apply(score.getAsDouble());
            if (value.isEmpty()) {
                value = policy.calibration().map(maps -> maps.apply(dimension.key(), score.getAsDouble()))
                        .orElse(OptionalDouble.empty());
            }
            if (value.isEmpty()) {
                return OptionalDouble.empty();
            }
            scores.put(dimension.key(), value.getAsDouble());
        }
        return rubric.overall(scores);
    }

    private CaseReport caseReport(CaseResult result) {
        BenchmarkCase benchmarkCase = result.benchmarkCase();
        List<ImageReport> images = benchmarkCase.images().stream()
                .map(image -> new ImageReport(image.uri(), image.sha256(), image.mediaType(), image.license(),
                        image.attribution(), image.rois().stream()
                                .map(roi -> new RoiReport(roi.id(), roi.label(), roi.x0(), roi.y0(), roi.x1(), roi.y1()))
                                .toList()))
                .toList();
        List<TurnReport> turns = result.transcript().map(Transcript::turns).orElse(List.of()).stream()
                .map(SuiteRecorder::turnReport)
                .toList();
        Verdict verdict = result.verdict().orElse(null);
        List<JudgeReport> judges = verdict == null ? List.of() : verdict.judgeVerdicts().stream()
                .map(judge -> new JudgeReport(judge.judge(), judge.scores().stream()
                        .map(score -> new ScoreReport(score.dimension(), score.score(), score.rationale()))
                        .toList()))
                .toList();
        List<JudgeErrorReport> judgeErrors = verdict == null ? List.of() : verdict.judgeErrors().stream()
                .map(error -> new JudgeErrorReport(error.judge(), error.message(), error.rawAnswer()))
                .toList();
        List<CheckReport> checks = result.checks().stream()
                .map(check -> new CheckReport(check.dimension(), check.minimum(), check.status(),
                        value(check.juryScore()), check.judgeScores(), check.message(), value(check.calibratedScore())))
                .toList();
        Map<String, Integer> spread = new LinkedHashMap<>();
        if (verdict != null) {
            rubric.dimensions().forEach(dimension -> spread.put(dimension.key(),
                    verdict.dimension(dimension.key()).sampleSpread()));
        }
        return new CaseReport(benchmarkCase.id(), benchmarkCase.title(), benchmarkCase.source().toString(),
                benchmarkCase.specialty(), benchmarkCase.modality(), benchmarkCase.tags(), benchmarkCase.malignant(),
                benchmarkCase.rare(), images, result.error().orElse(null),
                result.transcript().map(Transcript::endedBy).orElse(null), turns, judges, judgeErrors, checks,
                result.duration().toMillis(), UsageReports.byRole(result.usage(), prices), value(overall(result)),
                value(calibratedOverall(result)), spread,
                verdict == null ? List.of() : jury.needsHumanReview(verdict), benchmarkCase.audience().jsonName(),
                benchmarkCase.urgency().map(Urgency::jsonName).orElse(null));
    }

    private static Double value(OptionalDouble optional) {
        return optional.isPresent() ? optional.getAsDouble() : null;
    }

    private static TurnReport turnReport(Turn turn) {
        return new TurnReport(turn.number(), turn.speaker(), turn.text(), turn.imageSha256s(),
                turn.startedAt().toString(), turn.duration().toMillis(), turn.usage().inputTokens(),
                turn.usage().outputTokens(), turn.imageNotes());
    }
}
