package org.imcbench.jury;

import java.util.List;
import java.util.Optional;
import org.imcbench.model.Usage;

/**
 * What one judge decided about one conversation: a score per rubric dimension.
 *
 * @param judge the judge's name
 * @param scores one score per dimension of the rubric
 * @param usage tokens the judge used ({@link Usage#NONE} for offline judges)
 */
public record JudgeVerdict(String judge, List<DimensionScore> scores, Usage usage) {
    /** Copies the scores. */
    public JudgeVerdict {
        scores = List.copyOf(scores);
    }

    /** This judge's score on the given dimension, if it gave one. */
    public Optional<DimensionScore> score(String dimension) {
        return scores.stream().filter(score -> score.dimension().equals(dimension)).findFirst();
    }
}
