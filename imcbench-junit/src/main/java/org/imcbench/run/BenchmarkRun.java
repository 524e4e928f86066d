package org.imcbench.run;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.CaseFormatException;
import org.imcbench.cases.CaseImage;
import org.imcbench.cases.ImageResolver;
import org.imcbench.cases.ImageSettings;
import org.imcbench.cases.PrefetchedImages;
import org.imcbench.cases.ResolvedImage;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.imcbench.conversation.Ablation;
import org.imcbench.conversation.ConversationRunner;
import org.imcbench.conversation.PatientSimulator;
import org.imcbench.jury.Aggregation;
import org.imcbench.jury.AnnotationFile;
import org.imcbench.jury.CalibrationMaps;
import org.imcbench.jury.ChecklistJudge;
import org.imcbench.jury.ClinicianAnnotation;
import org.imcbench.jury.Judge;
import org.imcbench.jury.Jury;
import org.imcbench.jury.LlmJudge;
import org.imcbench.jury.Rubric;
import org.imcbench.jury.Rubrics;
import org.imcbench.model.ChatModel;
import org.imcbench.model.HttpPolicy;
import org.imcbench.model.ImagePart;
import org.imcbench.model.ModelRole;
import org.imcbench.model.ModelSpec;
import org.imcbench.model.usage.MeteredChatModel;
import org.imcbench.model.usage.PriceTable;
import org.imcbench.model.usage.UsageLedger;
import org.imcbench.model.usage.UsageSink;

/**
 * Everything one suite run needs, built once from configuration: the models of every role (each
 * behind its per-endpoint limit and the response cache), the jury (rubric, samples, policy and
 * calibration), the clinician annotations, the thresholds, the images, the price table and the budget. Hands out one {@link CaseExecution} per case, whose models report
 * their usage to the case's ledger and to the run's budget.
 */
public final class BenchmarkRun {
    private static final String CHECKLIST = "checklist";
    /** Judge temperature when each judge is sampled several times and none is configured. */
    static final double SAMPLING_TEMPERATURE = 0.7;

    private final ChatModel modelUnderTest;
    private final ChatModel patient;
    private final double temperature;
    private final int maxTokens;
    private final int maxImageSide;
    private final List<Function<UsageSink, Judge>> judges;
    private final Rubric rubric;
    private final int samples;
    private final double judgeTemperature;
    private final JuryPolicy policy;
    private final Thresholds thresholds;
    private final ImageResolver imageResolver;
    private final RunDescription description;
    private final PriceTable prices;
    private final Budget budget;
    private final Optional<List<ClinicianAnnotation>> annotations;
    private final Optional<Double> minAgreementQwk;
    private final String annotationSource;
    private final Clock clock;
    private volatile PrefetchedImages images = PrefetchedImages.none();

    private BenchmarkRun(Builder built) {
        this.modelUnderTest = built.modelUnderTest;
        this.patient = built.patient;
        this.temperature = built.temperature;
        this.maxTokens = built.maxTokens;
        this.maxImageSide = built.maxImageSide;
        this.judges = built.judges;
        this.rubric = built.rubric;
        this.samples = built.samples;
        this.judgeTemperature = built.judgeTemperature;
        this.policy = built.policy;
        this.thresholds = built.thresholds;
        this.imageResolver = built.imageResolver;
        this.description = built.description;
        this.prices = built.prices;
        this.budget = built.budget;
        this.annotations = built.annotations;
        this.minAgreementQwk = built.minAgreementQwk;
        this.annotationSource = built.annotationSource;
        this.clock = Clock.systemUTC();
    }

    /**
     * Builds a run from configuration.
     *
     * @param config the suite's configuration
     * @param environment the environment variables (API keys) and the shared per-endpoint state
     * @throws org.imcbench.config.ConfigException for a bad setting
     * @throws IllegalArgumentException for a model name that cannot be used, a missing API key or an
     *     unreadable price table
     */
    public static BenchmarkRun create(ImcBenchConfig config, RunEnvironment environment) {
        HttpPolicy policy = new HttpPolicy(config.get(Settings.HTTP_CONNECT_TIMEOUT),
                config.get(Settings.HTTP_READ_TIMEOUT), config.get(Settings.HTTP_CALL_TIMEOUT),
                config.get(Settings.HTTP_MAX_ATTEMPTS), HttpPolicy.defaults().initialBackoff(),
                HttpPolicy.defaults().maxBackoff(), config.get(Settings.HTTP_MAX_RETRY_WAIT),
                config.get(Settings.HTTP_RATE_LIMIT_WAIT), config.get(Settings.HTTP_MAX_RESPONSE_BYTES));
        RoleModels models = new RoleModels(config, policy, environment);
        Builder built = new Builder();

        String modelName = config.get(Settings.MODEL);
        String patientName = config.get(Settings.PATIENT_MODEL);
        built.modelUnderTest = models.create(ModelRole.MODEL, modelName, config.find(Settings.MODEL_API_KEY_ENV));
        built.patient = models.create(ModelRole.PATIENT, patientName, config.find(Settings.PATIENT_API_KEY_ENV));
        built.temperature = config.get(Settings.MODEL_TEMPERATURE);
        built.maxTokens = config.get(Settings.MODEL_MAX_TOKENS);
        built.maxImageSide = config.get(Settings.IMAGES_MAX_SIDE);

        built.rubric = Rubrics.resolve(config.get(Settings.RUBRIC));
        List<String> judgeNames = config.get(Settings.JURY_JUDGES);
        if (judgeNames.isEmpty()) {
            throw new IllegalArgumentException("configuration '" + Settings.JURY_JUDGES.key() + "' names no judge");
        }
        Optional<String> judgeKeyEnv = config.find(Settings.JURY_API_KEY_ENV);
        built.judges = judgeNames.stream()
                .map(name -> CHECKLIST.equals(name) ? checklist() : llmJudge(models.create(ModelRole.JURY, name,
                        judgeKeyEnv)))
                .toList();
        built.thresholds = Thresholds.from(config, built.rubric);
        built.samples = config.get(Settings.JURY_SAMPLES);
        built.judgeTemperature = config.find(Settings.JURY_TEMPERATURE)
                .orElse(built.samples == 1 ? 0.0 : SAMPLING_TEMPERATURE);
        int minJudges = config.find(Settings.JURY_MIN_JUDGES).orElse(judgeNames.size());
        if (minJudges > judgeNames.size()) {
            throw new IllegalArgumentException("configuration '" + Settings.JURY_MIN_JUDGES.key() + "' = " + minJudges
                    + " but only " + judgeNames.size() + " judge(s) are configured");
        }
        built.policy = new JuryPolicy(Aggregation.parse(config.get(Settings.JURY_AGGREGATION)), minJudges,
                config.get(Settings.JURY_DISAGREEMENT_RANGE),
                config.find(Settings.JURY_CALIBRATION).map(CalibrationMaps::read));
        built.annotations = config.find(Settings.JURY_ANNOTATIONS).map(AnnotationFile::read);
        built.annotationSource = config.find(Settings.JURY_ANNOTATIONS).map(Path::toString).orElse("");
        built.policy.calibration().filter(maps -> !maps.rubricId().equals(built.rubric.id())).ifPresent(maps -> {
            throw new IllegalArgumentException("calibration '" + config.get(Settings.JURY_CALIBRATION)
                    + "' was fitted on rubric '" + maps.rubricId() + "', this run uses '" + built.rubric.id() + "'");
        });
        built.minAgreementQwk = config.find(Settings.JURY_MIN_AGREEMENT_QWK);

        built.imageResolver = new ImageResolver(new ImageSettings(config.find(Settings.IMAGES_MIRROR),
                config.get(Settings.IMAGES_CACHE), config.get(Settings.IMAGES_OFFLINE),
                config.find(Settings.IMAGES_ROOT), config.get(Settings.IMAGES_MAX_BYTES),
                config.get(Settings.IMAGES_PREFETCH_THREADS), config.get(Settings.IMAGES_MAX_PIXELS)));
        built.prices = config.find(Settings.PRICES).map(PriceTable.builtIn()::overriddenBy)
                .orElseGet(PriceTable::builtIn);
        built.budget = new Budget(config.find(Settings.BUDGET_USD).map(OptionalDouble::of)
                .orElseGet(OptionalDouble::empty), built.prices);

        built.description = new RunDescription(modelName, patientName, judgeNames, built.rubric.id(),
                built.thresholds.asMap(), config.get(Settings.CONCURRENCY), isDemo(modelName),
                judgeNames.stream().anyMatch(name -> CHECKLIST.equals(name) || isDemo(name)));
        return new BenchmarkRun(built);
    }

    private static Function<UsageSink, Judge> checklist() {
        ChecklistJudge judge = new ChecklistJudge();
        return sink -> judge;
    }

    private static Function<UsageSink, Judge> llmJudge(ChatModel model) {
        return sink -> new LlmJudge(new MeteredChatModel(model, ModelRole.JURY, sink));
    }

    private static boolean isDemo(String modelName) {
        return ModelSpec.parse(modelName).isDemo();
    }

    /** The model under test. */
    public ChatModel modelUnderTest() {
        return modelUnderTest;
    }

    /** A jury like the one every case is judged by, for use outside a case (its usage is not metered). */
    public Jury jury() {
        return new Jury(judges.stream().map(judge -> judge.apply(call -> { })).toList(), rubric, samples,
                judgeTemperature);
    }

    /** The rubric every case is judged on. */
    public Rubric rubric() {
        return rubric;
    }

    /** How verdicts become scores: aggregation, minimum valid judges, review flag, calibration. */
    public JuryPolicy juryPolicy() {
        return policy;
    }

    /** How many times each judge scores each case. */
    public int samples() {
        return samples;
    }

    /** The clinician annotations of {@code imcbench.jury.annotations}, if configured. */
    public Optional<List<ClinicianAnnotation>> annotations() {
        return annotations;
    }

    /** The annotation file's name for reports, or empty when none is configured. */
    public String annotationSource() {
        return annotationSource;
    }

    /** The jury's least quadratic weighted kappa against the clinicians, if a gate is configured. */
    public Optional<Double> minAgreementQwk() {
        return minAgreementQwk;
    }

    /** The minimum jury score per dimension. */
    public Thresholds thresholds() {
        return thresholds;
    }

    /** What this run uses, for reports. */
    public RunDescription description() {
        return description;
    }

    /**
     * Resolves and verifies every image of the given cases before any model is called. An image
     * whose hash, media type or size is wrong fails its case later, in {@link #execution}.
     *
     * @throws org.imcbench.cases.MissingImagesException listing every image that cannot be had
     */
    public void prefetchImages(Collection<BenchmarkCase> cases) {
        images = imageResolver.prefetch(cases);
    }

    /** A prefetched image by SHA-256, e.g. to inline it into the HTML report; empty when it was not fetched. */
    public Optional<ResolvedImage> prefetchedImage(String sha256) {
        return images.image(sha256);
    }

    /**
     * A fresh execution of one case; its images must have been prefetched.
     *
     * @throws CaseFormatException when an image of the case does not fit it (one problem, the others
     *     suppressed)
     */
    public CaseExecution execution(BenchmarkCase benchmarkCase) {
        return execution(benchmarkCase, Ablation.NONE);
    }

    /**
     * A fresh execution of one case's variant that leaves something out of the conversation; the
     * jury still judges against the whole case. Its images must have been prefetched.
     *
     * @throws CaseFormatException when an image of the case does not fit it
     */
    public CaseExecution execution(BenchmarkCase benchmarkCase, Ablation ablation) {
        List<CaseFormatException> problems = images.problemsOf(benchmarkCase.id());
        if (!problems.isEmpty()) {
            CaseFormatException first = problems.get(0);
            problems.subList(1, problems.size()).forEach(first::addSuppressed);
            throw first;
        }
        return execution(benchmarkCase, ablation, image -> images.image(image.sha256()).orElseThrow(
                () -> new IllegalStateException("image " + image.uri() + " of case '" + benchmarkCase.id()
                        + "' was not prefetched")));
    }

    /**
     * Runs one case from start to end: fetches its images unless they were prefetched, runs the
     * conversation, has the jury judge it and checks every rubric dimension against its minimum. A
     * failed conversation does not throw: it is the result's {@link CaseResult#error()}.
     *
     * @throws org.imcbench.cases.ImageUnavailableException when an image cannot be had
     */
    public CaseResult run(BenchmarkCase benchmarkCase) {
        CaseExecution execution = execution(benchmarkCase, Ablation.NONE, image -> images.image(image.sha256())
                .orElseGet(() -> imageResolver.resolve(benchmarkCase, image)));
        rubric.dimensions().forEach(dimension -> execution.check(dimension.key()));
        return execution.result();
    }

    private CaseExecution execution(BenchmarkCase benchmarkCase, Ablation ablation,
            Function<CaseImage, ResolvedImage> resolver) {
        List<ImagePart> parts = benchmarkCase.images().stream()
                .map(resolver)
                .map(resolved -> new ImagePart(resolved.bytes(), resolved.mediaType(), resolved.sha256()))
                .toList();
        UsageLedger usage = new UsageLedger(budget);
        ConversationRunner runner = new ConversationRunner(new MeteredChatModel(modelUnderTest, ModelRole.MODEL, usage),
                new PatientSimulator(new MeteredChatModel(patient, ModelRole.PATIENT, usage), temperature, maxTokens),
                temperature, maxTokens, clock, maxImageSide);
        Jury jury = new Jury(judges.stream().map(judge -> judge.apply(usage)).toList(), rubric, samples,
                judgeTemperature);
        return new CaseExecution(benchmarkCase, ablation, parts, runner, jury, thresholds, policy, clock, usage);
    }

    /** The token prices costs are computed with. */
    public PriceTable prices() {
        return prices;
    }

    /** What the run has spent and may spend. */
    public Budget budget() {
        return budget;
    }

    /** The parts of a run while it is being built. */
    private static final class Builder {
        ChatModel modelUnderTest;
        ChatModel patient;
        double temperature;
        int maxTokens;
        int maxImageSide;
        List<Function<UsageSink, Judge>> judges;
        Rubric rubric;
        int samples;
        double judgeTemperature;
        JuryPolicy policy;
        Optional<List<ClinicianAnnotation>> annotations;
        Optional<Double> minAgreementQwk;
        String annotationSource;
        Thresholds thresholds;
        ImageResolver imageResolver;
        RunDescription description;
        PriceTable prices;
        Budget budget;
    }
}
