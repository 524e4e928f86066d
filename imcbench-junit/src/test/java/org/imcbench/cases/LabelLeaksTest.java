package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The review searches a case once with its diagnosis patterns joined; patterns that cannot be joined (the
 * same group name twice, a back-reference) are searched one by one, with the same findings.
 */
class LabelLeaksTest {
    @Test
    void joinedOrNotTheSamePlacesAndPatternsAreNamed() {
        String turn = "I read online that it could be a naevus.";
        List<List<String>> diagnoses = List.of(
                List.of("melanoma", "naev(us|i)"),
                List.of("(?<d>melanoma)", "(?<d>naev(us|i))"),
                List.of("(mel)\\1?anoma", "naev(us|i)"));
        LabelLeaks review = new LabelLeaks();
        for (List<String> patterns : diagnoses) {
            BenchmarkCase leaking = caseWith(patterns, turn);

            assertThat(review.review(leaking)).as(patterns.toString()).singleElement().satisfies(leak -> {
                assertThat(leak.pointer()).isEqualTo("/plan/turns/0");
                assertThat(leak.problem()).isEqualTo("gives the diagnosis away: 'naevus' matches "
                        + "/groundTruth/diagnosis/patterns/1; the model under test is given this");
            });
            assertThat(review.review(caseWith(patterns, "A mole on my back, rather dark."))).isEmpty();
            // the diagnosis inside a word is no leak: the patterns are looked for from the start of a word
            assertThat(review.review(caseWith(patterns, "Is it a subnaevus thing?"))).isEmpty();
        }
    }

    private static BenchmarkCase caseWith(List<String> diagnosisPatterns, String turn) {
        return new BenchmarkCase("leaky", "t", "", "", List.of(), false, false, List.of(),
                new PatientProfile(null, null, null, null, null, null, null, null), new Persona("", List.of()),
                new GroundTruth(new Finding("naevus", diagnosisPatterns), null, null, null, null),
                ScriptedPlan.of(turn), URI.create("file:/cases/leaky.json"));
    }
}
