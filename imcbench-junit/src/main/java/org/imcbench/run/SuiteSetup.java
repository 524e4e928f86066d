package org.imcbench.run;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.CaseImage;
import org.imcbench.cases.ImageResolver;
import org.imcbench.cases.ImageSettings;
import org.imcbench.cases.ResolvedImage;
import org.imcbench.cases.SentImageSides;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.imcbench.conversation.Ablation;
import org.imcbench.conversation.SentImages;
import org.imcbench.jury.AnnotationFile;
import org.imcbench.jury.Rubric;
import org.imcbench.model.HttpPolicy;
import org.imcbench.model.ImagePart;
import org.imcbench.model.ModelRole;
import org.imcbench.model.ModelSpec;
import org.imcbench.model.usage.PriceTable;
import org.imcbench.model.usage.UsageLedger;

/**
 * What a suite runs with, built once from its configuration: the conversation side (model under test and
 * patient simulator, each behind its per-endpoint limit and the response cache), the jury, the thresholds,
 * the image resolver, the price table, the budget, the clinician annotations and a description of all of
 * it for reports. Creates one {@link CaseExecution} per case and variant.
 *
 * @param conversation the model under test and the patient simulator
 * @param jury the judges, rubric and jury policy
 * @param thresholds the minimum jury score per dimension
 * @param images resolves and verifies the cases' images
 * @param prices the token prices costs are computed with
 * @param budget what the suite has spent and may spend
 * @param annotations the clinician annotations, when {@code imcbench.jury.annotations} is set
 * @param description what the suite uses, for reports
 */
public record SuiteSetup(ConversationSetup conversation, JurySetup jury, Thresholds thresholds, ImageResolver images,
        PriceTable prices, Budget budget, Optional<ClinicianAnnotations> annotations, RunDescription description) {

    /** Checks that every component is present. */
    public SuiteSetup {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(jury, "jury");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(description, "description");
    }

    /**
     * Builds a suite's setup from configuration.
     *
     * @param config the suite's configuration
     * @param criteria the suite's rubric and thresholds (read once, when the suite was discovered)
     * @param environment the environment variables (API keys) and the shared per-endpoint state
     * @throws org.imcbench.config.ConfigException for a bad setting
     * @throws IllegalArgumentException for a model name that cannot be used, a missing API key or an
     *     unreadable price table
     */
    public static SuiteSetup create(ImcBenchConfig config, SuiteCriteria criteria, RunEnvironment environment) {
        return create(config, criteria, environment, imageResolver(config));
    }

    /** The image resolver of a suite's configuration ({@code imcbench.images.*}). */
    static ImageResolver imageResolver(ImcBenchConfig config) {
        return new ImageResolver(new ImageSettings(config.find(Settings.IMAGES_MIRROR),
                config.get(Settings.IMAGES_CACHE), config.get(Settings.IMAGES_OFFLINE),
                config.find(Settings.IMAGES_ROOT), config.get(Settings.IMAGES_MAX_BYTES),
                config.get(Settings.IMAGES_PREFETCH_THREADS), config.get(Settings.IMAGES_MAX_PIXELS)));
    }

    /** Like {@link #create(ImcBenchConfig, SuiteCriteria, RunEnvironment)}, with the suite's image resolver. */
    static SuiteSetup create(ImcBenchConfig config, SuiteCriteria criteria, RunEnvironment environment,
            ImageResolver images) {
        Rubric rubric = criteria.rubric();
        Thresholds thresholds = criteria.thresholds();
        HttpPolicy policy = new HttpPolicy(config.get(Settings.HTTP_CONNECT_TIMEOUT),
                config.get(Settings.HTTP_READ_TIMEOUT), config.get(Settings.HTTP_CALL_TIMEOUT),
                config.get(Settings.HTTP_MAX_ATTEMPTS), HttpPolicy.defaults().initialBackoff(),
                HttpPolicy.defaults().maxBackoff(), config.get(Settings.HTTP_MAX_RETRY_WAIT),
                config.get(Settings.HTTP_RATE_LIMIT_WAIT), config.get(Settings.HTTP_MAX_RESPONSE_BYTES));
        RoleModels models = new RoleModels(config, policy, environment);
        String modelName = config.get(Settings.MODEL);
        String patientName = config.get(Settings.PATIENT_MODEL);
        ConversationSetup conversation = new ConversationSetup(
                models.create(ModelRole.MODEL, modelName, config.find(Settings.MODEL_API_KEY_ENV)),
                models.create(ModelRole.PATIENT, patientName, config.find(Settings.PATIENT_API_KEY_ENV)),
                config.get(Settings.MODEL_TEMPERATURE), config.get(Settings.MODEL_MAX_TOKENS),
                config.get(Settings.IMAGES_MAX_SIDE), config.get(Settings.IMAGES_EQUALIZE), new SentImages());
        JurySetup jury = JurySetup.from(config, rubric, models);
        PriceTable prices = config.find(Settings.PRICES).map(PriceTable.builtIn()::overriddenBy)
                .orElseGet(PriceTable::builtIn);
        Budget budget = new Budget(config.find(Settings.BUDGET_USD).map(OptionalDouble::of)
                .orElseGet(OptionalDouble::empty), prices);
        Optional<ClinicianAnnotations> annotations = config.find(Settings.JURY_ANNOTATIONS)
                .map(file -> new ClinicianAnnotations(AnnotationFile.read(file), file.toString()));
        List<String> judgeNames = jury.judgeNames();
        RunDescription description = new RunDescription(modelName, patientName, judgeNames, rubric.id(),
                thresholds.asMap(), config.get(Settings.CONCURRENCY), isDemo(modelName),
                judgeNames.stream().anyMatch(name -> JurySetup.CHECKLIST.equals(name) || isDemo(name)));
        return new SuiteSetup(conversation, jury, thresholds, images, prices, budget, annotations, description);
    }

    private static boolean isDemo(String modelName) {
        return ModelSpec.parse(modelName).isDemo();
    }

    /**
     * A fresh execution of one case, or of its variant that leaves something out of the conversation (the
     * jury still judges against the whole case); its models report their usage to a new ledger of the case,
     * which also counts against the budget.
     *
     * @param images gives each image of the case, resolved and verified
     * @param imageSide the longest side the case's images are sent at
     */
    CaseExecution execution(BenchmarkCase benchmarkCase, Ablation ablation,
            Function<CaseImage, ResolvedImage> images, Clock clock, SentImageSides.Side imageSide) {
        List<ImagePart> parts = benchmarkCase.images().stream()
                .map(images)
                .map(resolved -> new ImagePart(resolved.bytes(), resolved.mediaType(), resolved.sha256()))
                .toList();
        UsageLedger usage = new UsageLedger(budget);
        return new CaseExecution(benchmarkCase, ablation, parts, conversation.runner(usage, clock, imageSide),
                jury.jury(usage), thresholds, jury.policy(), clock, usage);
    }
}
