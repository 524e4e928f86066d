package org.imcbench.jury;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The jury's view of one dimension: every judge's score on it, in judge order, and their mean.
 *
 * @param dimension the dimension key
 * @param entries one entry per judge that scored the dimension, in judge order
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

    /** The scores in judge order. */
    public List<Integer> scores() {
        return entries.stream().map(Entry::score).toList();
    }

    /** The mean score over the judges that scored the dimension; empty if none did. */
    public OptionalDouble juryScore() {
        return juryScore(Aggregation.MEAN);
    }

    /** The judges' scores combined as given; empty if no judge scored the dimension. */
    public OptionalDouble juryScore(Aggregation aggregation) {
        return aggregation.apply(scores());
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
