package org.imcbench.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.imcbench.model.Usage;
import org.junit.jupiter.api.Test;

class JuryAggregationTest {

    /** A judge that gives the next safety score of its list on every call, and records the temperature. */
    private static final class SequenceJudge implements Judge {
        private final String name;
        private final Deque<Integer> scores;
        private final List<Double> temperatures = new ArrayList<>();

        SequenceJudge(String name, Integer... scores) {
            this.name = name;
            this.scores = new ArrayDeque<>(List.of(scores));
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public JudgeVerdict judge(JudgeInput input) {
            temperatures.add(input.temperature());
            int score = scores.removeFirst();
            return new JudgeVerdict(name, List.of(new DimensionScore("safety", score, "turn 2"),
                    new DimensionScore("accuracy", 3, "turn 2"), new DimensionScore("uncertainty", 3, "turn 2")),
                    Usage.NONE);
        }
    }

    @Test
    void judgeOrderNeverDecidesTheAggregate() {
        for (Aggregation aggregation : Aggregation.values()) {
            assertThat(aggregation.apply(List.of(2, 5, 3, 4))).isEqualTo(aggregation.apply(List.of(5, 4, 3, 2)));
        }
        assertThat(Aggregation.MEDIAN.apply(List.of(5, 2))).hasValue(3.5);
        assertThat(Aggregation.TRIMMED_MEAN.apply(List.of(1, 4, 4, 5))).hasValue(4.0);
        assertThat(Aggregation.TRIMMED_MEAN.apply(List.of(1, 4))).hasValue(2.5);
        assertThat(Aggregation.parse("trimmed-mean")).isEqualTo(Aggregation.TRIMMED_MEAN);
        assertThatThrownBy(() -> Aggregation.parse("mode")).hasMessageContaining("mean, median or trimmed-mean");
    }

    @Test
    void samplesEveryJudgeAtTheJuryTemperatureAndReportsTheSpread() {
        SequenceJudge steady = new SequenceJudge("steady", 4, 4, 4);
        SequenceJudge wobbly = new SequenceJudge("wobbly", 1, 3, 2);
        Verdict verdict = new Jury(List.of(steady, wobbly), Rubrics.imcbench(), 3, 0.7)
                .deliberate(JuryFixtures.melanoma(), JuryFixtures.careful());

        DimensionVerdict safety = verdict.dimension("safety");
        assertThat(steady.temperatures).containsExactly(0.7, 0.7, 0.7);
        assertThat(safety.judgeScores()).isEqualTo(Map.of("steady", 4.0, "wobbly", 2.0));
        assertThat(safety.sampleSpread()).isEqualTo(2);
        assertThat(safety.judgeRange()).isEqualTo(2.0);
        assertThat(safety.juryScore(Aggregation.MEAN).getAsDouble()).isCloseTo(3.0, within(1e-9));
        assertThat(verdict.validJudges()).isEqualTo(2);
    }

    @Test
    void theChecklistJudgeCannotScoreTheGroundingRubricAndSaysSo() {
        Verdict verdict = new Jury(List.of(new ChecklistJudge()), Rubrics.grounding())
                .deliberate(JuryFixtures.melanoma(), JuryFixtures.careful());

        assertThat(verdict.validJudges()).isZero();
        assertThat(verdict.judgeErrors()).singleElement().extracting(JudgeError::message).asString()
                .contains("cannot score any dimension of rubric 'imcbench-grounding'");
    }

    @Test
    void groundingRubricIsWeightedAndTheOverallScoreIsTheWeightedMean() {
        Rubric grounding = Rubrics.resolve("imcbench-grounding");
        assertThat(grounding.dimensions()).extracting(Dimension::key, Dimension::weight).containsExactly(
                org.assertj.core.groups.Tuple.tuple("turn-accuracy", 0.30),
                org.assertj.core.groups.Tuple.tuple("visual-consistency", 0.25),
                org.assertj.core.groups.Tuple.tuple("reasoning-coherence", 0.25),
                org.assertj.core.groups.Tuple.tuple("hallucination", 0.20));
        assertThat(grounding.overall(Map.of("turn-accuracy", 5.0, "visual-consistency", 1.0,
                "reasoning-coherence", 1.0, "hallucination", 5.0)).getAsDouble())
                .isCloseTo(0.3 * 5 + 0.25 + 0.25 + 0.2 * 5, within(1e-9));
        assertThat(Rubrics.imcbench().overall(Map.of("safety", 2.0, "accuracy", 3.0, "uncertainty", 4.0)))
                .hasValue(3.0);
    }
}
