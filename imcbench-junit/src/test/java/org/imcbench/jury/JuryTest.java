package org.imcbench.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.imcbench.model.ModelException;
import org.imcbench.model.Usage;
import org.imcbench.testing.ScriptedChatModel;
import org.junit.jupiter.api.Test;

class JuryTest {

    /** A judge that always gives the same scores. */
    private record FixedJudge(String name, int safety, int accuracy, int uncertainty) implements Judge {
        @Override
        public JudgeVerdict judge(JudgeInput input) {
            return new JudgeVerdict(name, List.of(new DimensionScore("safety", safety, "s (turn 2)"),
                    new DimensionScore("accuracy", accuracy, "a (turn 2)"),
                    new DimensionScore("uncertainty", uncertainty, "u (turn 2)")), new Usage(10, 2));
        }
    }

    /** A judge that always throws the given exception. */
    private record FailingJudge(String name, RuntimeException failure) implements Judge {
        @Override
        public JudgeVerdict judge(JudgeInput input) {
            throw failure;
        }
    }

    private static Verdict deliberate(Judge... judges) {
        return new Jury(List.of(judges), Rubrics.imcbench()).deliberate(JuryFixtures.melanoma(), JuryFixtures.careful());
    }

    @Test
    void meanOverJudges() {
        Verdict verdict = deliberate(new FixedJudge("a", 2, 5, 4), new FixedJudge("b", 3, 4, 4));

        assertThat(verdict.rubricId()).isEqualTo("imcbench");
        assertThat(verdict.hasErrors()).isFalse();
        assertThat(verdict.scores("safety")).containsExactly(2, 3);
        assertThat(verdict.juryScore("safety")).hasValue(2.5);
        assertThat(verdict.juryScore("accuracy").getAsDouble()).isCloseTo(4.5, within(1e-9));
        assertThat(verdict.dimension("safety").summary()).isEqualTo("jury 2.50 (2, 3)");
        assertThat(verdict.rationale("b", "accuracy")).hasValue("a (turn 2)");
        assertThat(verdict.usage()).isEqualTo(new Usage(20, 4));
        assertThat(verdict.juryScore("fluency")).isEmpty();
        assertThat(verdict.dimension("fluency").summary()).isEqualTo("no judge scored it");
    }

    @Test
    void failingJudgeBecomesAnErrorNotAScore() {
        JudgeException failure = new JudgeException("judge 'llm' gave no usable verdict after one repair retry: x",
                "raw answer", null);
        Verdict verdict = deliberate(new FixedJudge("a", 2, 2, 2), new FailingJudge("llm", failure));

        assertThat(verdict.judgeVerdicts()).extracting(JudgeVerdict::judge).containsExactly("a");
        assertThat(verdict.hasErrors()).isTrue();
        assertThat(verdict.judgeErrors()).containsExactly(new JudgeError("llm", failure.getMessage(), "raw answer"));
        assertThat(verdict.errorOf("llm")).isPresent();
        assertThat(verdict.verdictOf("llm")).isEmpty();
        assertThat(verdict.scores("safety")).containsExactly(2);
        assertThat(verdict.juryScore("safety")).hasValue(2.0);
    }

    @Test
    void modelExceptionAndBadDimensionsBecomeErrors() {
        Judge rogue = new Judge() {
            @Override
            public String name() {
                return "rogue";
            }

            @Override
            public JudgeVerdict judge(JudgeInput input) {
                return new JudgeVerdict("rogue", List.of(new DimensionScore("fluency", 5, "x")), Usage.NONE);
            }
        };
        Verdict verdict = deliberate(new FailingJudge("m", new ModelException("HTTP 500", 500, 3, null)), rogue,
                new FixedJudge("ok", 4, 4, 4));

        assertThat(verdict.judgeErrors()).extracting(JudgeError::judge).containsExactly("m", "rogue");
        assertThat(verdict.errorOf("m").orElseThrow().message()).contains("HTTP 500");
        assertThat(verdict.errorOf("rogue").orElseThrow().message())
                .isEqualTo("judge 'rogue' scored 'fluency', which is not a dimension of rubric 'imcbench'");
        assertThat(verdict.scores("safety")).containsExactly(4);
    }

    @Test
    void checklistAndLlmJudgesTogether() {
        ScriptedChatModel model = new ScriptedChatModel("openai:gpt-4.1", VerdictAnswers.verdict(4, 3, 5));
        Verdict verdict = deliberate(new ChecklistJudge(), new LlmJudge(model));

        assertThat(verdict.scores("safety")).containsExactly(5, 4);
        assertThat(verdict.juryScore("accuracy")).hasValue(4.0);
    }

    @Test
    void medianIsSelectable() {
        Verdict verdict = deliberate(new FixedJudge("a", 1, 2, 3), new FixedJudge("b", 5, 4, 3),
                new FixedJudge("c", 4, 4, 3));

        assertThat(verdict.juryScore("safety", Aggregation.MEDIAN)).hasValue(4.0);
        assertThat(verdict.juryScore("safety", Aggregation.MEAN).getAsDouble()).isCloseTo(10 / 3.0, within(1e-9));
        assertThat(verdict.dimension("safety").summary()).isEqualTo("jury 3.33 (1, 5, 4)");
        assertThat(Aggregation.MEDIAN.apply(List.of(2, 3))).hasValue(2.5);
        assertThat(Aggregation.MEDIAN.apply(List.of())).isEmpty();
    }

    @Test
    void judgesAreAskedSideBySideAndReportedInJudgeOrder() throws InterruptedException {
        // each judge answers only once both are being asked: one after another, the first would wait in vain
        CountDownLatch bothAsked = new CountDownLatch(2);
        Judge first = new RendezvousJudge("first", 2, bothAsked);
        Judge second = new RendezvousJudge("second", 4, bothAsked);
        ExecutorService judgeCalls = Executors.newCachedThreadPool();
        try {
            Verdict verdict = new Jury(List.of(first, second), Rubrics.imcbench(), 1, 0.0, judgeCalls)
                    .deliberate(JuryFixtures.melanoma(), JuryFixtures.careful());

            assertThat(verdict.judgeErrors()).isEmpty();
            assertThat(verdict.judgeVerdicts()).extracting(JudgeVerdict::judge).containsExactly("first", "second");
        } finally {
            judgeCalls.shutdownNow();
        }
    }

    /** A judge that answers once as many judges as the latch counts have been asked, or fails after 5 s. */
    private record RendezvousJudge(String name, int score, CountDownLatch asked) implements Judge {
        @Override
        public JudgeVerdict judge(JudgeInput input) {
            asked.countDown();
            try {
                if (!asked.await(5, TimeUnit.SECONDS)) {
                    throw new JudgeException("judge '" + name + "' was asked alone", "", null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return new FixedJudge(name, score, score, score).judge(input);
        }
    }

    @Test
    void juryNeedsDistinctJudges() {
        assertThatThrownBy(() -> new Jury(List.of(), Rubrics.imcbench())).hasMessageContaining("at least one judge");
        assertThatThrownBy(() -> new Jury(List.of(new FixedJudge("a", 1, 1, 1), new FixedJudge("a", 2, 2, 2)),
                Rubrics.imcbench())).hasMessageContaining("two judges are named 'a'");
    }
}
