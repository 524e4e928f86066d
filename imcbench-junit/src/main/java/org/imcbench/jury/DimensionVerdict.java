package org.imcbench.jury;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The jury's view of one dimension: every judge's score on it, in judge order, and their
 * combination. When the jury samples each judge several times there is one entry per sample; a
 * judge's score is then the mean of its samples, and the jury combines those per-judge scores.
 *
 * @param dimension the dimension key
 * @param entries one entry per judge (and sample) that scored the dimension, in judge order
 */
public record DimensionVerdict(String dimension, List<Entry> entries) {

    /**
     * One judge's score on the dimension.
     *
     * @param judge the judge's name
     * @param score 1..5
     * @param rationale the judge's rationale
     */
    public record Entry(String judge, int score, String rationale) {
    }

    /** Copies the entries. */
    public DimensionVerdict {
        Objects.requireNonNull(dimension, "dimension");
        entries = List.copyOf(entries);
    }

    /** The scores in judge order (every sample of a judge, in the order they were given). */
    public List<Integer> scores() {
        return entries.stream().map(Entry::score).toList();
    }

    /** Each judge's score: the mean of its samples, keyed by judge name in judge order. */
    public Map<String, Double> judgeScores() {
        Map<String, List<Integer>> samples = samplesByJudge();
        Map<String, Double> means = new LinkedHashMap<>();
        samples.forEach((judge, scores) -> means.put(judge, Aggregation.MEAN.apply(scores).getAsDouble()));
        return means;
    }

    /**
     * The spread of repeated samples: the largest range (highest minus lowest score) among the
     * samples of any one judge; 0 when every judge was asked once.
     */
    public int sampleSpread() {
        return samplesByJudge().values().stream()
                .mapToInt(scores -> Collections.max(scores) - Collections.min(scores))
                .max().orElse(0);
    }

    /** The range of the judges' scores (highest minus lowest judge score); 0 with fewer than two judges. */
    public double judgeRange() {
        Collection<Double> scores = judgeScores().values();
        return scores.isEmpty() ? 0 : Collections.max(scores) - Collections.min(scores);
    }

    /** The mean of the judges' scores; empty if no judge scored the dimension. */
    public OptionalDouble juryScore() {
        return juryScore(Aggregation.MEAN);
    }

    /** The judges' scores combined as given; empty if no judge scored the dimension. */
    public OptionalDouble juryScore(Aggregation aggregation) {
        return aggregation.apply(List.copyOf(judgeScores().values()));
    }

    private Map<String, List<Integer>> samplesByJudge() {
        Map<String, List<Integer>> samples = new LinkedHashMap<>();
        entries.forEach(entry -> samples.computeIfAbsent(entry.judge(), judge -> new ArrayList<>()).add(entry.score()));
        return samples;
    }

    /**
     * A short summary for display names and logs, e.g. {@code jury 2.33 (2, 2, 3)}, or
     * {@code no judge scored it}.
     */
    public String summary() {
        if (entries.isEmpty()) {
            return "no judge scored it";
        }
        return "jury " + String.format(Locale.ROOT, "%.2f", juryScore().getAsDouble()) + " ("
                + scores().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }
}
