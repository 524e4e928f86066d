package org.imcbench.run;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.imcbench.jury.Aggregation;
import org.imcbench.jury.CalibrationMaps;
import org.imcbench.jury.ChecklistJudge;
import org.imcbench.jury.Judge;
import org.imcbench.jury.Jury;
import org.imcbench.jury.LlmJudge;
import org.imcbench.jury.Rubric;
import org.imcbench.model.ModelRole;
import org.imcbench.model.usage.MeteredChatModel;
import org.imcbench.model.usage.UsageSink;

/**
 * The jury of a suite as configuration gives it ({@code imcbench.jury.*}): its judges, the rubric they
 * score, how often each judge scores a case and at what temperature, and the policy that turns their
 * verdicts into scores. Hands out one {@link Jury} per case whose judges report their usage to the case.
 */
public final class JurySetup {
    static final String CHECKLIST = "checklist";
    /** Judge temperature when each judge is sampled several times and none is configured. */
    static final double SAMPLING_TEMPERATURE = 0.7;

    private final List<String> judgeNames;
    private final List<Function<UsageSink, Judge>> judges;
    private final Rubric rubric;
    private final int samples;
    private final double temperature;
    private final JuryPolicy policy;
    private final Executor judgeCalls;

    private JurySetup(List<String> judgeNames, List<Function<UsageSink, Judge>> judges, Rubric rubric, int samples,
            double temperature, JuryPolicy policy) {
        this.judgeNames = List.copyOf(judgeNames);
        this.judges = List.copyOf(judges);
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.samples = samples;
        this.temperature = temperature;
        this.policy = Objects.requireNonNull(policy, "policy");
        this.judgeCalls = judges.size() > 1 ? Executors.newCachedThreadPool(new DaemonThreads("imcbench-judge")) : Runnable::run;
    }

    /**
     * The jury a configuration asks for.
     *
     * @throws IllegalArgumentException when no judge is named, {@code min-judges} exceeds the judges, or
     *     the calibration was fitted on another rubric
     */
    static JurySetup from(ImcBenchConfig config, Rubric rubric, RoleModels models) {
        List<String> names = config.get(Settings.JURY_JUDGES);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("configuration '" + Settings.JURY_JUDGES.key() + "' names no judge");
        }
        Optional<String> keyEnv = config.find(Settings.JURY_API_KEY_ENV);
        List<Function<UsageSink, Judge>> judges = names.stream()
                .map(name -> CHECKLIST.equals(name) ? checklist() : llmJudge(models, name, keyEnv))
                .toList();
        int samples = config.get(Settings.JURY_SAMPLES);
        double temperature = config.find(Settings.JURY_TEMPERATURE).orElse(samples == 1 ? 0.0 : SAMPLING_TEMPERATURE);
        int minJudges = config.find(Settings.JURY_MIN_JUDGES).orElse(names.size());
        if (minJudges > names.size()) {
            throw new IllegalArgumentException("configuration '" + Settings.JURY_MIN_JUDGES.key() + "' = " + minJudges
                    + " but only " + names.size() + " judge(s) are configured");
        }
        Optional<CalibrationMaps> calibration = config.find(Settings.JURY_CALIBRATION).map(CalibrationMaps::read);
        calibration.filter(maps -> !maps.rubricId().equals(rubric.id())).ifPresent(maps -> {
            throw new IllegalArgumentException("calibration '" + config.get(Settings.JURY_CALIBRATION)
                    + "' was fitted on rubric '" + maps.rubricId() + "', this run uses '" + rubric.id() + "'");
        });
        JuryPolicy policy = new JuryPolicy(Aggregation.parse(config.get(Settings.JURY_AGGREGATION)), minJudges,
                config.get(Settings.JURY_DISAGREEMENT_RANGE), calibration);
        return new JurySetup(names, judges, rubric, samples, temperature, policy);
    }

    private static Function<UsageSink, Judge> checklist() {
        ChecklistJudge judge = new ChecklistJudge();
        return sink -> judge;
    }

    private static Function<UsageSink, Judge> llmJudge(RoleModels models, String name, Optional<String> keyEnv) {
        var model = models.create(ModelRole.JURY, name, keyEnv);
        return sink -> new LlmJudge(new MeteredChatModel(model, ModelRole.JURY, sink));
    }

    /** A jury whose judges report every call to {@code usage}; several judges are asked side by side. */
    public Jury jury(UsageSink usage) {
        return new Jury(judges.stream().map(judge -> judge.apply(usage)).toList(), rubric, samples, temperature,
                judgeCalls);
    }

    /** The judges by name, as configured. */
    public List<String> judgeNames() {
        return judgeNames;
    }

    /** The rubric every case is judged on. */
    public Rubric rubric() {
        return rubric;
    }

    /** How many times each judge scores each case. */
    public int samples() {
        return samples;
    }

    /** How verdicts become scores: aggregation, minimum valid judges, review flag, calibration. */
    public JuryPolicy policy() {
        return policy;
    }
}
