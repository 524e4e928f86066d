package org.imcbench.run;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.CaseFormatException;
import org.imcbench.cases.ImageResolver;
import org.imcbench.cases.ImageSettings;
import org.imcbench.cases.PrefetchedImages;
import org.imcbench.cases.ResolvedImage;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.imcbench.conversation.ConversationRunner;
import org.imcbench.conversation.PatientSimulator;
import org.imcbench.jury.ChecklistJudge;
import org.imcbench.jury.Judge;
import org.imcbench.jury.Jury;
import org.imcbench.jury.LlmJudge;
import org.imcbench.jury.Rubric;
import org.imcbench.jury.Rubrics;
import org.imcbench.model.ChatModel;
import org.imcbench.model.ChatModelFactory;
import org.imcbench.model.HttpPolicy;
import org.imcbench.model.ImagePart;

/**
 * Everything one suite run needs, built once from configuration: the model under test, the
 * patient simulator, the jury, the thresholds and the images. Hands out one
 * {@link CaseExecution} per case.
 */
public final class BenchmarkRun {
    private static final String CHECKLIST = "checklist";

    private final ConversationRunner conversationRunner;
    private final Jury jury;
    private final Rubric rubric;
    private final Thresholds thresholds;
    private final ImageResolver imageResolver;
    private final RunDescription description;
    private final Clock clock;
    private volatile PrefetchedImages images = PrefetchedImages.none();

    private BenchmarkRun(ConversationRunner conversationRunner, Jury jury, Rubric rubric, Thresholds thresholds,
            ImageResolver imageResolver, RunDescription description, Clock clock) {
        this.conversationRunner = conversationRunner;
        this.jury = jury;
        this.rubric = rubric;
        this.thresholds = thresholds;
        this.imageResolver = imageResolver;
        this.description = description;
        this.clock = clock;
    }

    /**
     * Builds a run from configuration.
     *
     * @param config the suite's configuration
     * @param environment looks up environment variables (API keys), e.g. {@code System::getenv}
     * @throws org.imcbench.config.ConfigException for a bad setting
     * @throws IllegalArgumentException for a model name that cannot be used or a missing API key
     */
    public static BenchmarkRun create(ImcBenchConfig config, Function<String, String> environment) {
        HttpPolicy policy = new HttpPolicy(config.get(Settings.HTTP_CONNECT_TIMEOUT),
                config.get(Settings.HTTP_READ_TIMEOUT), config.get(Settings.HTTP_CALL_TIMEOUT),
                config.get(Settings.HTTP_MAX_ATTEMPTS), HttpPolicy.defaults().initialBackoff(),
                HttpPolicy.defaults().maxBackoff(), config.get(Settings.HTTP_MAX_RETRY_WAIT));
        ChatModelFactory models = new ChatModelFactory(policy, environment);

        String modelName = config.get(Settings.MODEL);
        String patientName = config.get(Settings.PATIENT_MODEL);
        ChatModel modelUnderTest = models.create(modelName, config.find(Settings.MODEL_API_KEY_ENV));
        ChatModel patient = models.create(patientName, config.find(Settings.PATIENT_API_KEY_ENV));
        double temperature = config.get(Settings.MODEL_TEMPERATURE);
        int maxTokens = config.get(Settings.MODEL_MAX_TOKENS);
        ConversationRunner runner = new ConversationRunner(modelUnderTest,
                new PatientSimulator(patient, temperature, maxTokens), temperature, maxTokens, Clock.systemUTC(),
                config.get(Settings.IMAGES_MAX_SIDE));

        Rubric rubric = Rubrics.imcbench();
        List<String> judgeNames = config.get(Settings.JURY_JUDGES);
        if (judgeNames.isEmpty()) {
            throw new IllegalArgumentException("configuration '" + Settings.JURY_JUDGES.key() + "' names no judge");
        }
        Optional<String> judgeKeyEnv = config.find(Settings.JURY_API_KEY_ENV);
        List<Judge> judges = judgeNames.stream()
                .map(name -> CHECKLIST.equals(name) ? new ChecklistJudge() : judge(models.create(name, judgeKeyEnv)))
                .toList();
        Thresholds thresholds = Thresholds.from(config, rubric);

        ImageResolver imageResolver = new ImageResolver(new ImageSettings(config.find(Settings.IMAGES_MIRROR),
                config.get(Settings.IMAGES_CACHE), config.get(Settings.IMAGES_OFFLINE),
                config.find(Settings.IMAGES_ROOT), config.get(Settings.IMAGES_MAX_BYTES),
                config.get(Settings.IMAGES_PREFETCH_THREADS)));

        RunDescription description = new RunDescription(modelName, patientName, judgeNames, rubric.id(),
                thresholds.asMap(), config.get(Settings.CONCURRENCY), isDemo(modelName),
                judgeNames.stream().anyMatch(name -> CHECKLIST.equals(name) || isDemo(name)));
        return new BenchmarkRun(runner, new Jury(judges, rubric), rubric, thresholds, imageResolver, description,
                Clock.systemUTC());
    }

    private static Judge judge(ChatModel model) {
        return new LlmJudge(model);
    }

    private static boolean isDemo(String modelName) {
        return modelName.startsWith("demo:");
    }

    /** The rubric every case is judged on. */
    public Rubric rubric() {
        return rubric;
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

    /**
     * A fresh execution of one case; its images must have been prefetched.
     *
     * @throws CaseFormatException when an image of the case does not fit it (one problem, the others
     *     suppressed)
     */
    public CaseExecution execution(BenchmarkCase benchmarkCase) {
        List<CaseFormatException> problems = images.problemsOf(benchmarkCase.id());
        if (!problems.isEmpty()) {
            CaseFormatException first = problems.get(0);
            problems.subList(1, problems.size()).forEach(first::addSuppressed);
            throw first;
        }
        List<ImagePart> parts = benchmarkCase.images().stream()
                .map(image -> {
                    ResolvedImage resolved = images.image(image.sha256()).orElse(null);
                    if (resolved == null) {
                        throw new IllegalStateException("image " + image.uri() + " of case '" + benchmarkCase.id()
                                + "' was not prefetched");
                    }
                    return new ImagePart(resolved.bytes(), resolved.mediaType(), resolved.sha256());
                })
                .toList();
        return new CaseExecution(benchmarkCase, parts, conversationRunner, jury, thresholds, clock);
    }
}
