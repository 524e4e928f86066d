package org.imcbench.jury;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.conversation.Transcript;
import org.imcbench.model.ModelException;

/**
 * Several judges scoring the same conversation against one rubric. Every judge runs — the judges
 * side by side on the jury's executor, each judge's samples one after another — {@code samples} times
 * each at the jury's temperature; verdicts are reported in judge order whatever order they arrive in; a judge that fails in any of its
 * samples, or returns scores for dimensions the rubric does not have, becomes a {@link JudgeError}
 * and never a score (its other samples are dropped too). Thread-safe when the judges are.
 */
public final class Jury {
    private final List<Judge> judges;
    private final Rubric rubric;
    private final int samples;
    private final double temperature;
    private final Executor judgeCalls;

    /**
     * Creates a jury.
     *
     * @param judges at least one judge, with distinct names
     * @param rubric the rubric every judge scores against
     */
    public Jury(List<Judge> judges, Rubric rubric) {
        this(judges, rubric, 1, 0.0);
    }

    /**
     * Creates a jury that asks every judge several times.
     *
     * @param judges at least one judge, with distinct names
     * @param rubric the rubric every judge scores against
     * @param samples how many times each judge is asked, at least 1
     * @param temperature the sampling temperature of LLM judges
     */
    public Jury(List<Judge> judges, Rubric rubric, int samples, double temperature) {
        this(judges, rubric, samples, temperature, Runnable::run);
    }

    /**
     * Creates a jury whose judges are asked side by side.
     *
     * @param judges at least one judge, with distinct names, each safe to call alongside the others
     * @param rubric the rubric every judge scores against
     * @param samples how many times each judge is asked, at least 1
     * @param temperature the sampling temperature of LLM judges
     * @param judgeCalls runs each judge's calls; {@code Runnable::run} asks the judges one after another
     */
    public Jury(List<Judge> judges, Rubric rubric, int samples, double temperature, Executor judgeCalls) {
        this.judgeCalls = Objects.requireNonNull(judgeCalls, "judgeCalls");
        this.judges = List.copyOf(judges);
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        if (samples < 1) {
            throw new IllegalArgumentException("a jury asks each judge at least once: " + samples);
        }
        this.samples = samples;
        this.temperature = temperature;
        if (this.judges.isEmpty()) {
            throw new IllegalArgumentException("a jury needs at least one judge");
        }
        Set<String> names = new HashSet<>();
        for (Judge judge : this.judges) {
            if (!names.add(judge.name())) {
                throw new IllegalArgumentException("two judges are named '" + judge.name() + "'");
            }
        }
    }

    /** The judges, in the order their verdicts are reported. */
    public List<Judge> judges() {
        return judges;
    }

    /** How many times each judge is asked. */
    public int samples() {
        return samples;
    }

    /** The rubric the judges score against. */
    public Rubric rubric() {
        return rubric;
    }

    /**
     * Has every judge score a conversation without a reference case: judges see only the rubric and
     * the transcript (for custom criteria). The offline checklist judge cannot, and gives an error.
     */
    public Verdict deliberate(Transcript transcript) {
        return deliberate(null, transcript);
    }

    /** Has every judge score the conversation. */
    public Verdict deliberate(BenchmarkCase benchmarkCase, Transcript transcript) {
        JudgeInput input = new JudgeInput(benchmarkCase, transcript, rubric, temperature);
        List<CompletableFuture<JudgeOutcome>> outcomes = judges.stream()
                .map(judge -> CompletableFuture.supplyAsync(() -> samplesOf(judge, input), judgeCalls))
                .toList();
        List<JudgeVerdict> verdicts = new ArrayList<>();
        List<JudgeError> errors = new ArrayList<>();
        for (CompletableFuture<JudgeOutcome> outcome : outcomes) {
            JudgeOutcome judged = joined(outcome);
            if (judged.error() == null) {
                verdicts.addAll(judged.samples());
            } else {
                errors.add(judged.error());
            }
        }
        return new Verdict(rubric.id(), verdicts, errors);
    }

    private static JudgeOutcome joined(CompletableFuture<JudgeOutcome> outcome) {
        try {
            return outcome.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Asks one judge {@code samples} times, stopping at its first error. */
    private JudgeOutcome samplesOf(Judge judge, JudgeInput input) {
        List<JudgeVerdict> judgeSamples = new ArrayList<>();
        JudgeError error = null;
        for (int sample = 0; sample < samples && error == null; sample++) {
            error = ask(judge, input, judgeSamples);
        }
        return new JudgeOutcome(judgeSamples, error);
    }

    /** One judge's verdicts, or the error that dropped them. */
    private record JudgeOutcome(List<JudgeVerdict> samples, JudgeError error) {
    }

    /** Asks the judge once: adds its verdict to {@code into}, or returns its error. */
    private JudgeError ask(Judge judge, JudgeInput input, List<JudgeVerdict> into) {
        try {
            JudgeVerdict verdict = judge.judge(input);
            String problem = problem(verdict);
            if (problem != null) {
                return new JudgeError(judge.name(), "judge '" + judge.name() + "' " + problem, "");
            }
            into.add(verdict);
            return null;
        } catch (JudgeException e) {
            return new JudgeError(judge.name(), e.getMessage(), e.rawAnswer());
        } catch (ModelException e) {
            return new JudgeError(judge.name(), "judge '" + judge.name() + "' failed: " + e.getMessage(), "");
        }
    }

    /** What is wrong with a verdict for this rubric, or {@code null}. */
    private String problem(JudgeVerdict verdict) {
        if (verdict == null || verdict.scores().isEmpty()) {
            return "gave no scores";
        }
        Set<String> seen = new HashSet<>();
        for (DimensionScore score : verdict.scores()) {
            if (rubric.dimensions().stream().noneMatch(d -> d.key().equals(score.dimension()))) {
                return "scored '" + score.dimension() + "', which is not a dimension of rubric '" + rubric.id() + "'";
            }
            if (!seen.add(score.dimension())) {
                return "scored '" + score.dimension() + "' more than once";
            }
        }
        return null;
    }
}
