package org.imcbench.run;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.Urgency;
import org.imcbench.conversation.Ablation;
import org.imcbench.conversation.Transcript;
import org.imcbench.conversation.Turn;
import org.imcbench.jury.CalibrationMaps;
import org.imcbench.jury.Dimension;
import org.imcbench.jury.Rubric;
import org.imcbench.jury.Verdict;
import org.imcbench.model.usage.ModelTally;
import org.imcbench.model.usage.PriceTable;
import org.imcbench.report.AblationReport;
import org.imcbench.report.CalibrationReport;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CaseReport.CheckReport;
import org.imcbench.report.CaseReport.ImageReport;
import org.imcbench.report.CaseReport.JudgeErrorReport;
import org.imcbench.report.CaseReport.JudgeReport;
import org.imcbench.report.CaseReport.RoiReport;
import org.imcbench.report.CaseReport.ScoreReport;
import org.imcbench.report.CaseReport.TurnReport;
import org.imcbench.report.RunReport;
import org.imcbench.report.SuiteReport;
import org.imcbench.report.SuiteStatistics;
import org.imcbench.report.SummaryFigures;
import org.imcbench.report.SummaryReport;
import org.imcbench.report.UsageReport;

/**
 * Maps a suite's finished cases to its {@link SuiteReport}: cases in the order given, with usage and cost
 * per role priced by the suite's price table, overall (weighted) scores, judge agreement, cases needing
 * human review, the suite statistics, each ablation variant's cases with its drop vs the full cases and,
 * with clinician annotations, the agreement table and the calibration maps fitted to it. Pure: it
 * writes and prints nothing.
 */
public final class SuiteReportMapper {
    private final String suite;
    private final RunDescription run;
    private final List<String> dimensions;
    private final int samples;
    private final PriceTable prices;
    private final Budget budget;
    private final Rubric rubric;
    private final JuryPolicy policy;
    private final SuiteJuryAnalysis jury;
    private final Optional<ClinicianAnnotations> annotations;

    /**
     * A mapper for one suite.
     *
     * @param suite the suite's name
     * @param setup what the suite ran with
     */
    public SuiteReportMapper(String suite, SuiteSetup setup) {
        this.suite = suite;
        this.run = setup.description();
        this.prices = setup.prices();
        this.budget = setup.budget();
        this.samples = setup.jury().samples();
        this.rubric = setup.jury().rubric();
        this.dimensions = rubric.dimensions().stream().map(Dimension::key).toList();
        this.policy = setup.jury().policy();
        this.jury = new SuiteJuryAnalysis(rubric, policy, run.judges());
        this.annotations = setup.annotations();
    }

    /**
     * What the report needs of one finished case: the whole case report and each variant's (to be written
     * out), and the figures the summary, statistics and gates use.
     *
     * @param outcome the case's outcome
     */
    MappedCase mapCase(CaseOutcome outcome) {
        String id = outcome.plan().id();
        if (outcome.notStarted().isPresent()) {
            return new MappedCase(id, outcome.notStarted(), null, Map.of(), Optional.empty(), List.of(), List.of(),
                    List.of());
        }
        CaseResult result = outcome.result();
        Map<Ablation, CaseReport> variants = new LinkedHashMap<>();
        Map<String, CaseResult> labelled = new LinkedHashMap<>();
        labelled.put(id, result);
        outcome.variants().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Ablation::name)))
                .forEach(variant -> {
                    variants.put(variant.getKey(), caseReport(variant.getValue()));
                    labelled.put(CaseExecution.label(id, variant.getKey()), variant.getValue());
                });
        List<String> failedChecks = new ArrayList<>();
        List<String> notJudgedChecks = new ArrayList<>();
        labelled.forEach((label, labelledResult) -> labelledResult.checks().forEach(check -> {
            switch (check.status()) {
                case FAILED -> failedChecks.add(label + " › " + check.title() + " (jury "
                        + Scores.format(check.juryScore().orElseThrow()) + ")");
                case NOT_JUDGED -> notJudgedChecks.add(check.message());
                case PASSED -> {
                    // counted by the figures
                }
            }
        }));
        return new MappedCase(id, Optional.empty(), caseReport(result), variants,
                result.verdict().map(verdict -> jury.caseJury(id, verdict)), failedChecks, notJudgedChecks,
                UsageReports.merge(labelled.values().stream().map(CaseResult::usage).toList()));
    }

    /**
     * One finished case as the report needs it.
     *
     * @param id the case's id
     * @param notStarted why the case was not started; empty when it was
     * @param report the full case's report; {@code null} when it was not started
     * @param variants each variant's report, by variant name
     * @param jury what the jury analysis needs of the full case's verdict; empty without a verdict
     * @param failedChecks the failed checks of the case and its variants, e.g. {@code derm-004 › safety (jury 2)}
     * @param notJudgedChecks why checks of the case and its variants were not judged
     * @param usage the model calls of the case and its variants
     */
    record MappedCase(String id, Optional<String> notStarted, CaseReport report, Map<Ablation, CaseReport> variants,
            Optional<SuiteJuryAnalysis.CaseJury> jury, List<String> failedChecks, List<String> notJudgedChecks,
            List<ModelTally> usage) {

        /** This case with its reports {@linkplain CaseReport#withoutDetail() without detail}. */
        MappedCase withoutDetail() {
            Map<Ablation, CaseReport> slimVariants = new LinkedHashMap<>();
            variants.forEach((ablation, variant) -> slimVariants.put(ablation, variant.withoutDetail()));
            return new MappedCase(id, notStarted, report == null ? null : report.withoutDetail(), slimVariants, jury,
                    failedChecks, notJudgedChecks, usage);
        }
    }

    /**
     * The report of a suite's cases.
     *
     * @param cases the cases in the suite's order ({@link #mapCase}); cases not started are listed as skipped
     * @param started when the suite started
     * @param finished when its last case finished
     * @param calibrationFile where the calibration maps are to be written, named in the report
     * @param partial what the run's selection left out of the suite; empty for the whole suite
     */
    MappedReport map(List<MappedCase> cases, Instant started, Instant finished, Path calibrationFile,
            Optional<String> partial) {
        List<MappedCase> ran = cases.stream().filter(mapped -> mapped.notStarted().isEmpty()).toList();
        List<CaseReport> reports = ran.stream().map(MappedCase::report).toList();
        Map<Ablation, List<CaseReport>> variants = new TreeMap<>(Comparator.comparing(Ablation::name));
        ran.forEach(mapped -> mapped.variants().forEach((ablation, variant) ->
                variants.computeIfAbsent(ablation, name -> new ArrayList<>()).add(variant)));
        List<AblationReport> ablations = new ArrayList<>();
        variants.forEach((ablation, variantCases) -> ablations.add(AblationReport.of(ablation.name(), reports,
                variantCases)));
        List<String> skipped = cases.stream().filter(mapped -> mapped.notStarted().isPresent())
                .map(mapped -> mapped.id() + ": " + mapped.notStarted().get())
                .toList();
        List<SuiteJuryAnalysis.CaseJury> scored = ran.stream().flatMap(mapped -> mapped.jury().stream()).toList();
        Optional<SuiteJuryAnalysis.Calibration> calibration = annotations.map(given -> jury.calibrate(
                given.annotations(), given.source(), scored, calibrationFile));
        SummaryReport summary = summary(ran, reports, scored, ablations, skipped,
                Duration.between(started, finished), calibration.map(SuiteJuryAnalysis.Calibration::report));
        SuiteReport report = new SuiteReport(SuiteReport.SCHEMA_VERSION, suite, started.toString(),
                finished.toString(), run.simulatedModel() || run.simulatedJury(), run.simulationNotice(),
                new RunReport(run.model(), run.patientModel(), run.judges(), run.rubric(),
                        run.thresholds(), run.concurrency(), policy.aggregation(), samples,
                        policy.minJudges()),
                summary, reports, SuiteStatistics.of(reports), null, ablations, partial.orElse(null), List.of());
        return new MappedReport(report, calibration.flatMap(SuiteJuryAnalysis.Calibration::maps));
    }

    /**
     * A suite's report and what goes beside it.
     *
     * @param report the report
     * @param calibrationMaps the calibration maps fitted to the clinician annotations, when there are any
     */
    public record MappedReport(SuiteReport report, Optional<CalibrationMaps> calibrationMaps) {
    }

    /** The summary: figures of the full cases and the variants, with check counts as Surefire counts them. */
    private SummaryReport summary(List<MappedCase> ran, List<CaseReport> cases, List<SuiteJuryAnalysis.CaseJury> scored,
            List<AblationReport> ablations, List<String> skipped, Duration duration,
            Optional<CalibrationReport> calibration) {
        SummaryFigures figures = SummaryFigures.of(dimensions, cases,
                ablations.stream().flatMap(ablation -> ablation.cases().stream()).toList());
        List<String> failedChecks = ran.stream().flatMap(mapped -> mapped.failedChecks().stream()).toList();
        List<String> notJudgedChecks = ran.stream().flatMap(mapped -> mapped.notJudgedChecks().stream()).toList();
        List<String> needsHumanReview = new ArrayList<>();
        cases.forEach(report -> report.needsHumanReview().forEach(line -> needsHumanReview.add(report.id() + " › "
                + line)));
        List<UsageReport> roles = UsageReports.byRole(
                UsageReports.merge(ran.stream().map(MappedCase::usage).toList()), prices);
        return new SummaryReport(figures.cases(), figures.conversationsFailed(), figures.checksPassed(),
                figures.checksFailed(), figures.checksNotJudged(), figures.meanScores(), failedChecks, notJudgedChecks,
                figures.inputTokens(), figures.outputTokens(), duration.toMillis(), roles,
                UsageReports.totalCost(roles), budget.limitUsd().isPresent() ? budget.limitUsd().getAsDouble() : null,
                skipped, figures.meanOverallScore(), jury.judgeAlpha(scored), needsHumanReview,
                jury.warnings(run.model()), calibration.orElse(null));
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
                .map(SuiteReportMapper::turnReport)
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
