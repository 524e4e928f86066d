package org.imcbench.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.CaseFormatException;
import org.imcbench.cases.CaseImage;
import org.imcbench.cases.CaseSource;
import org.imcbench.cases.ImageResolver;
import org.imcbench.cases.LabelLeaks;
import org.imcbench.cases.PrefetchedImages;
import org.imcbench.cases.ResolvedImage;
import org.imcbench.cases.SentImageSides;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.conversation.Ablation;
import org.imcbench.report.AblationReport;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CaseReportLog;
import org.imcbench.report.CheckStatus;
import org.imcbench.report.GateReport;
import org.imcbench.report.GateStatus;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.imcbench.report.SummaryPrinter;
import org.imcbench.report.html.CaseViews;
import org.imcbench.report.html.HtmlReport;

/**
 * One suite from start to finish, JUnit-free: {@link #start} fetches every image of the planned cases
 * (so a missing image stops the suite before any model is called) and hands every case's work
 * (conversation, jury, checks, then each variant's) to the {@link CaseWorkers}; {@link #await} gives one
 * case's outcome when it is done; {@link #finish} writes {@code report.json}, {@code report.html} and the
 * calibration maps and prints the summary; {@link #gate} evaluates a suite gate on the finished report.
 *
 * <p>The cases' work runs concurrently; whoever reports the outcomes does so from one thread, in order.
 * Progress lines and the summary are printed by the calling thread, never by a worker, so that a test
 * runner that attributes output to the test running (Surefire) attributes every line to a test of
 * this suite.
 */
public final class SuiteRun {
    private static final String HTML_REPORT = "report.html";
    private static final String CALIBRATION = "calibration.json";

    private final SuitePlan plan;
    private final SuiteSetup setup;
    private final SuiteGates gates;
    private final CaseWorkers workers;
    private final PrintStream out;
    private final LabelLeaks review = new LabelLeaks();
    private final Clock clock;
    private final Instant started;
    private final PrefetchedImages images;
    private final SentImageSides imageSides;
    private final Map<String, CompletableFuture<CaseOutcome>> outcomes = new LinkedHashMap<>();
    private final List<CompletableFuture<RecordedCase>> recorded = new ArrayList<>();
    /**
     * Records finished cases, one after another, off the workers: a worker is free for the next case as soon as
     * its case's calls are done, and mapping, logging and rendering a case never hold a case's place.
     */
    private final ExecutorService recorder = Executors.newSingleThreadExecutor(new DaemonThreads("imcbench-record"));
    private final Map<Ablation, CaseReportLog> logs = new LinkedHashMap<>();
    /** The case views rendered as cases finish; {@code null} when they could not be (the page renders them). */
    private volatile CaseViews views;
    private final SuiteReportMapper mapper;
    private final Optional<SuiteProgress> progress;
    private final Map<String, EvaluatedGate> evaluatedGates = new LinkedHashMap<>();
    private final UnusableEndpoint unusableEndpoint = new UnusableEndpoint();
    private FinishedSuite finished;

    private SuiteRun(SuitePlan plan, SuiteSetup setup, SuiteGates gates, CaseWorkers workers, PrintStream out,
            Clock clock, PrefetchedImages images, SentImageSides imageSides) {
        this.plan = plan;
        this.setup = setup;
        this.gates = gates;
        this.workers = workers;
        this.out = out;
        this.clock = clock;
        this.started = clock.instant();
        this.images = images;
        this.mapper = new SuiteReportMapper(plan.name(), setup);
        this.imageSides = imageSides;
        this.progress = plan.cases().isEmpty() ? Optional.empty()
                : Optional.of(new SuiteProgress(plan.name(), plan.cases().size(), clock, out));
        this.views = plan.cases().isEmpty() ? null : startViews();
    }

    /** Starts the views of the planned cases, with their ablation variants; {@code null} when that fails. */
    private CaseViews startViews() {
        List<String> variants = plan.cases().stream().flatMap(casePlan -> casePlan.variants().keySet().stream())
                .map(Ablation::name).distinct().sorted().toList();
        try {
            return CaseViews.start(reportFolder().resolve("case-views.part"), variants, this::imageBytes);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Starts a suite: fetches the images of every planned case, then queues every case's work.
     *
     * @param plan what to run
     * @param setup what to run it with
     * @param gates the suite's gates, evaluated on the finished report
     * @param workers the threads the cases' work runs on
     * @param out where progress lines and the summary go
     * @param clock the clock of start and finish times
     * @throws org.imcbench.cases.MissingImagesException listing every image that cannot be had
     */
    public static SuiteRun start(SuitePlan plan, SuiteSetup setup, SuiteGates gates, CaseWorkers workers,
            PrintStream out, Clock clock) {
        return start(plan, setup, prefetch(plan, setup.images()), gates, workers, out, clock);
    }

    /**
     * Sets a suite up from its configuration and starts it: the images of every planned case are fetched
     * while the models, the jury and the rest are set up (making the HTTP client loads the platform's trust
     * store, and verifying the images hashes them: the one need not wait for the other), then every case's
     * work is queued. A problem of the setup is thrown before one of the images, and stops their fetching.
     *
     * @param plan what to run
     * @param config the suite's configuration
     * @param criteria the suite's rubric, thresholds and gates
     * @param environment the environment variables (API keys) and the shared per-endpoint state
     * @param workers the threads the cases' work runs on
     * @param out where progress lines and the summary go
     * @param clock the clock of start and finish times
     * @throws org.imcbench.config.ConfigException for a bad setting
     * @throws IllegalArgumentException for a model name that cannot be used, a missing API key or an
     *     unreadable price table
     * @throws org.imcbench.cases.MissingImagesException listing every image that cannot be had
     */
    public static SuiteRun start(SuitePlan plan, ImcBenchConfig config, SuiteCriteria criteria,
            RunEnvironment environment, CaseWorkers workers, PrintStream out, Clock clock) {
        ImageResolver resolver = SuiteSetup.imageResolver(config);
        ExecutorService fetcher = Executors.newSingleThreadExecutor(new DaemonThreads("imcbench-image-fetch"));
        try {
            CompletableFuture<PrefetchedImages> images = CompletableFuture.supplyAsync(
                    () -> prefetch(plan, resolver), fetcher);
            SuiteSetup setup = SuiteSetup.create(config, criteria, environment, resolver);
            return start(plan, setup, join(images), criteria.gates(), workers, out, clock);
        } finally {
            fetcher.shutdownNow();
        }
    }

    private static PrefetchedImages prefetch(SuitePlan plan, ImageResolver resolver) {
        List<CaseSource> cases = plan.cases().stream().map(CasePlan::source).toList();
        return cases.isEmpty() ? PrefetchedImages.none() : resolver.prefetchSources(cases);
    }

    private static SuiteRun start(SuitePlan plan, SuiteSetup setup, PrefetchedImages images, SuiteGates gates,
            CaseWorkers workers, PrintStream out, Clock clock) {
        List<SentImageSides.CaseImages> caseImages = plan.cases().stream()
                .map(casePlan -> SentImageSides.CaseImages.of(casePlan.source().outline())).toList();
        SuiteRun run = new SuiteRun(plan, setup, gates, workers, out, clock, images,
                setup.conversation().imageSides(caseImages, images::image));
        synchronized (run) {
            plan.cases().forEach(run::submit);
        }
        return run;
    }

    /** What the suite runs with. */
    public SuiteSetup setup() {
        return setup;
    }

    /**
     * The outcome of a planned case, waiting until its work is done; prints the progress line. The run
     * hands it out once and then keeps only what the report needs (the case itself is on disk), so that a
     * suite of thousands of cases holds no finished conversation in memory.
     *
     * @throws IllegalArgumentException when the case is not in the plan
     * @throws IllegalStateException when the outcome was handed out before
     */
    public CaseOutcome await(String caseId) {
        CompletableFuture<CaseOutcome> future;
        synchronized (this) {
            future = outcomes.get(caseId);
        }
        if (future == null) {
            throw new IllegalArgumentException("case '" + caseId + "' is not in the plan of suite " + plan.name());
        }
        CaseOutcome outcome = join(future);
        printReview(outcome);
        synchronized (this) {
            outcomes.put(caseId, CompletableFuture.failedFuture(new IllegalStateException("the outcome of case '"
                    + caseId + "' of suite " + plan.name() + " was handed out already (await gives it once)")));
        }
        progress.ifPresent(line -> line.caseFinished(failed(outcome)));
        return outcome;
    }

    /**
     * Prints where a case gives its diagnosis away to the model ({@link LabelLeaks}): the review of a case file,
     * made once the case has been read in full, that is when it runs; a warning, the case still counts.
     */
    private void printReview(CaseOutcome outcome) {
        if (outcome.result() != null) {
            review.review(outcome.result().benchmarkCase()).forEach(leak ->
                    out.println("IMCBench case review: " + leak.getMessage()));
        }
    }

    /**
     * Queues a case that may not be in the plan (a hand-written test will ask for it), unless it was
     * queued before: every caller asking for the same case id shares one run of it.
     */
    public void queue(CasePlan casePlan) {
        queued(casePlan);
    }

    /** Runs a case that may not be in the plan, or returns the outcome of its earlier run ({@link #queue}). */
    public CaseOutcome run(CasePlan casePlan) {
        return join(queued(casePlan));
    }

    /** Whether any case was run or queued. */
    public synchronized boolean hasCases() {
        return !outcomes.isEmpty();
    }

    private synchronized CompletableFuture<CaseOutcome> queued(CasePlan casePlan) {
        CompletableFuture<CaseOutcome> future = outcomes.get(casePlan.id());
        return future != null ? future : submit(casePlan);
    }

    /**
     * Finishes the suite once every case it ran is done: evaluates its gates (none on a partial run), writes
     * {@code report.json}, {@code report.html} and, with clinician annotations, {@code calibration.json},
     * and prints the summary. A partial run writes into {@code partial/} (a shard into {@code shard-K-of-N/})
     * beside the full run's report, which it leaves as it was. Later calls return the first call's result.
     */
    public synchronized FinishedSuite finish() {
        if (finished != null) {
            return finished;
        }
        List<RecordedCase> done = new ArrayList<>();
        recorded.forEach(future -> done.add(join(future)));
        recorder.shutdown();
        synchronized (logs) {
            logs.values().forEach(CaseReportLog::close);
        }
        Path json = reportFolder().resolve("report.json");
        SuiteReportMapper.MappedReport mapped = mapper.map(done.stream().map(RecordedCase::mapped).toList(), started,
                clock.instant(), json.resolveSibling(CALIBRATION), plan.partial());
        SuiteReport report = gates.withBaseline(mapped.report());
        report = report.withGates(evaluateGates(report));
        SuiteReport stored = stored(report, done);
        Path written = ReportWriter.write(stored, json);
        Path html = writeHtml(stored);
        mapped.calibrationMaps().ifPresent(maps -> maps.write(json.resolveSibling(CALIBRATION)));
        new SummaryPrinter(out).print(report, written);
        out.flush();
        finished = new FinishedSuite(stored, written, html);
        return finished;
    }

    /** Writes {@code report.html}, with the case views rendered during the run when they all were, and drops them. */
    private Path writeHtml(SuiteReport stored) {
        CaseViews rendered = views;
        if (rendered == null) {
            return HtmlReport.write(stored, this::imageBytes, htmlReport());
        }
        try (rendered) {
            return HtmlReport.write(stored, rendered, htmlReport());
        }
    }

    /** Why the suite's gates are not evaluated (a partial run), or empty when they are. */
    public Optional<String> gatesSkipped() {
        return plan.partial().map(left -> "not evaluated on a partial run of suite " + plan.name() + " (" + left
                + "): a suite gate judges the whole suite; run the whole suite to evaluate it");
    }

    /**
     * The outcome of a gate of the suite on its finished report, finishing the suite first if need be.
     *
     * @throws IllegalArgumentException when the suite has no gate of that id
     * @throws IllegalStateException when the gate was not evaluated (a partial run)
     * @throws RuntimeException what the gate's evaluation threw
     */
    public GateOutcome gate(String gateId) {
        gates.gate(gateId).orElseThrow(() -> new IllegalArgumentException("suite " + plan.name()
                + " has no gate '" + gateId + "'"));
        finish();
        EvaluatedGate evaluated;
        synchronized (this) {
            evaluated = evaluatedGates.get(gateId);
        }
        if (evaluated == null) {
            throw new IllegalStateException("gate '" + gateId + "' of suite " + plan.name() + " was not evaluated: "
                    + gatesSkipped().orElse("unknown gate"));
        }
        return evaluated.outcome();
    }

    /** Evaluates every gate on the report, unless the run is partial; a gate that throws fails, saying so. */
    private List<GateReport> evaluateGates(SuiteReport report) {
        List<GateReport> results = new ArrayList<>();
        for (SuiteGate gate : gates.gates()) {
            if (plan.partial().isPresent()) {
                results.add(new GateReport(gate.id(), gate.title(), GateStatus.SKIPPED, "", gatesSkipped().get(),
                        Map.of()));
                continue;
            }
            EvaluatedGate evaluated;
            try {
                evaluated = new EvaluatedGate(gate.evaluate(report), null);
            } catch (RuntimeException e) {
                evaluated = new EvaluatedGate(null, e);
            }
            evaluatedGates.put(gate.id(), evaluated);
            results.add(evaluated.report(gate));
        }
        return results;
    }

    /** A gate's outcome, or what its evaluation threw. */
    private record EvaluatedGate(GateOutcome result, RuntimeException error) {
        GateOutcome outcome() {
            if (error != null) {
                throw error;
            }
            return result;
        }

        GateReport report(SuiteGate gate) {
            if (error != null) {
                return new GateReport(gate.id(), gate.title(), GateStatus.FAILED, "", "could not be evaluated: "
                        + Objects.requireNonNullElse(error.getMessage(), error.getClass().getName()), Map.of());
            }
            return new GateReport(gate.id(), gate.title(), result.passed() ? GateStatus.PASSED : GateStatus.FAILED,
                    result.measured(), result.reason(), result.entries());
        }
    }

    /** Where {@code report.html} goes (it exists once the suite {@linkplain #finish finished}). */
    public Path htmlReport() {
        return reportFolder().resolve(HTML_REPORT).toAbsolutePath();
    }

    private Path reportFolder() {
        Path full = new ReportWriter(plan.reportDirectory()).reportFile(plan.name()).getParent();
        return plan.partial().isPresent() ? full.resolve(plan.partialFolder()) : full;
    }

    /** Queues a case's work; the caller holds this run's lock. */
    private CompletableFuture<CaseOutcome> submit(CasePlan casePlan) {
        CompletableFuture<CaseOutcome> future = new CompletableFuture<>();
        CompletableFuture<RecordedCase> record = new CompletableFuture<>();
        outcomes.put(casePlan.id(), future);
        recorded.add(record);
        workers.submit(() -> {
            CaseOutcome outcome;
            try {
                outcome = work(casePlan);
            } catch (Throwable e) {
                future.completeExceptionally(e);
                record.completeExceptionally(e);
                throw e;
            }
            future.complete(outcome);
            Runnable recording = () -> {
                try {
                    record.complete(record(outcome));
                } catch (Throwable e) {
                    record.completeExceptionally(e);
                    if (e instanceof Error error) {
                        throw error;
                    }
                }
            };
            try {
                recorder.execute(recording);
            } catch (RejectedExecutionException finishedAlready) {
                recording.run();
            }
        });
        return future;
    }

    /**
     * Maps a finished case to its reports, appends them to the suite's case logs ({@code cases.jsonl}, a
     * variant's {@code cases-<variant>.jsonl}) and keeps what the summary, statistics and gates need.
     */
    private RecordedCase record(CaseOutcome outcome) {
        SuiteReportMapper.MappedCase mapped = mapper.mapCase(outcome);
        CaseReportLog.Entry entry = mapped.report() == null ? null : log(Ablation.NONE).append(mapped.report());
        if (mapped.report() != null) {
            renderView(mapped.report());
        }
        Map<Ablation, CaseReportLog.Entry> variantEntries = new LinkedHashMap<>();
        mapped.variants().forEach((ablation, variant) -> variantEntries.put(ablation, log(ablation).append(variant)));
        return new RecordedCase(mapped.withoutDetail(), entry, variantEntries);
    }

    /**
     * Renders the case's view for {@code report.html} now, on the recorder, while the cases wait for their
     * calls (see {@link CaseViews}). Should that fail, the page renders every view itself when the suite
     * finishes, as it does for a report read from disk: the case is never failed for its view.
     */
    private void renderView(CaseReport full) {
        CaseViews current = views;
        if (current == null) {
            return;
        }
        try {
            current.add(full);
        } catch (RuntimeException e) {
            views = null;
            try {
                current.close();
            } catch (RuntimeException leftBehind) {
                // the spool file stays behind; the page renders the views itself all the same
            }
        }
    }

    private Optional<byte[]> imageBytes(String sha256) {
        return images.image(sha256).map(ResolvedImage::bytes);
    }

    /** The case log of the full cases or of a variant, started on first use (the recorder appends while finish waits). */
    private CaseReportLog log(Ablation ablation) {
        synchronized (logs) {
            return logs.computeIfAbsent(ablation, variant -> CaseReportLog.create(reportFolder().resolve(
                    variant.equals(Ablation.NONE) ? "cases.jsonl" : "cases-" + variant.name() + ".jsonl")));
        }
    }

    /**
     * The report with its cases (and its variants' cases) read back from the case logs when written; the
     * lists also hold the cases without detail the run kept, for what needs only their scores.
     */
    private SuiteReport stored(SuiteReport report, List<RecordedCase> done) {
        List<RecordedCase> logged = done.stream().filter(recordedCase -> recordedCase.entry() != null).toList();
        List<CaseReport> cases = logged.isEmpty() ? List.of() : log(Ablation.NONE).cases(
                logged.stream().map(RecordedCase::entry).toList(),
                logged.stream().map(recordedCase -> recordedCase.mapped().report()).toList());
        List<AblationReport> ablations = report.ablations().stream().map(ablation -> {
            Ablation variant = logs.keySet().stream().filter(key -> key.name().equals(ablation.variant()))
                    .findFirst().orElseThrow();
            List<RecordedCase> withVariant = done.stream()
                    .filter(recordedCase -> recordedCase.variantEntries().containsKey(variant)).toList();
            return new AblationReport(ablation.variant(), logs.get(variant).cases(
                    withVariant.stream().map(recordedCase -> recordedCase.variantEntries().get(variant)).toList(),
                    withVariant.stream().map(recordedCase -> recordedCase.mapped().variants().get(variant)).toList()),
                    ablation.comparison());
        }).toList();
        return report.withCases(cases, ablations);
    }

    /**
     * What the run keeps of a finished case.
     *
     * @param mapped its figures and its reports without detail
     * @param entry where its full report is in {@code cases.jsonl}; {@code null} when it was not started
     * @param variantEntries where each variant's full report is in that variant's log
     */
    private record RecordedCase(SuiteReportMapper.MappedCase mapped, CaseReportLog.Entry entry,
            Map<Ablation, CaseReportLog.Entry> variantEntries) {
    }

    /**
     * A case's work: nothing when the run's deadline has passed or the budget is spent, or when the case
     * cannot be read in full (a problem discovery does not look for, or its file changed since discovery: not
     * started, with that problem); else the full case,
     * then each variant. A problem before the conversation (an image that does not fit the case, an
     * endpoint that several cases in a row could not use, an unexpected error) ends the case, which is
     * still reported, with the problem as its error.
     */
    private CaseOutcome work(CasePlan casePlan) {
        Optional<String> notStarted = workers.stopped().or(() -> setup.budget().exceeded());
        if (notStarted.isPresent()) {
            return new CaseOutcome(casePlan, null, Map.of(), notStarted, Optional.empty());
        }
        BenchmarkCase benchmarkCase;
        try {
            benchmarkCase = casePlan.source().load();
        } catch (CaseFormatException e) {
            return new CaseOutcome(casePlan, null, Map.of(), Optional.of("its content cannot be loaded: "
                    + e.getMessage()), Optional.of(e));
        }
        Instant caseStarted = clock.instant();
        try {
            unusableEndpoint.stopped().ifPresent(reason -> {
                throw new IllegalStateException(reason);
            });
            Function<CaseImage, ResolvedImage> caseImages = caseImages(benchmarkCase);
            CaseExecution full = execute(benchmarkCase, Ablation.NONE, casePlan.checks(), caseImages);
            unusableEndpoint.caseFinished(full.modelFailure());
            Map<Ablation, CaseResult> variants = new LinkedHashMap<>();
            casePlan.variants().forEach((ablation, checks) ->
                    variants.put(ablation, execute(benchmarkCase, ablation, checks, caseImages).result()));
            return new CaseOutcome(casePlan, full.result(), variants, Optional.empty(), Optional.empty());
        } catch (RuntimeException e) {
            CaseResult stopped = new CaseResult(benchmarkCase, Optional.empty(), Optional.empty(),
                    Optional.of("case '" + benchmarkCase.id() + "' stopped before its conversation: "
                            + Objects.requireNonNullElse(e.getMessage(), e.getClass().getName())),
                    List.of(), Duration.between(caseStarted, clock.instant()), List.of());
            return new CaseOutcome(casePlan, stopped, Map.of(), Optional.empty(), Optional.of(e));
        }
    }

    /** Each image of the case: prefetched, else resolved now; fails on the first prefetch problem of the case. */
    private Function<CaseImage, ResolvedImage> caseImages(BenchmarkCase benchmarkCase) {
        List<CaseFormatException> problems = images.problemsOf(benchmarkCase.id());
        if (!problems.isEmpty()) {
            CaseFormatException first = problems.get(0);
            problems.subList(1, problems.size()).forEach(first::addSuppressed);
            throw first;
        }
        return image -> images.image(image.sha256()).orElseGet(() -> setup.images().resolve(benchmarkCase, image));
    }

    private CaseExecution execute(BenchmarkCase benchmarkCase, Ablation ablation, List<String> checks,
            Function<CaseImage, ResolvedImage> caseImages) {
        CaseExecution execution = setup.execution(benchmarkCase, ablation, caseImages, clock,
                imageSides.sideFor(benchmarkCase));
        execution.runAhead(!checks.isEmpty());
        checks.forEach(execution::check);
        return execution;
    }

    /**
     * Whether the case fails: its conversation or a check failed, or it was not started for a problem of its own
     * (it cannot be read in full); a case the run's deadline or the budget left out does not.
     */
    private static boolean failed(CaseOutcome outcome) {
        CaseResult result = outcome.result();
        if (result == null) {
            return outcome.problem().isPresent();
        }
        return result.error().isPresent()
                || result.checks().stream().anyMatch(check -> check.status() == CheckStatus.FAILED);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
