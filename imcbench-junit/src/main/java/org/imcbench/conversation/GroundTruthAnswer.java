package org.imcbench.conversation;

import java.util.List;
import java.util.stream.Collectors;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.Finding;
import org.imcbench.cases.GroundTruth;

/**
 * The answer {@code demo:oracle} gives for a case: hedged, and naming the diagnosis, every differential,
 * every required safety action, how soon to act (the case's urgency) and every red flag by its label, in the
 * case's own words; it never says a must-not-say label.
 */
final class GroundTruthAnswer {
    private GroundTruthAnswer() {
    }

    /** The answer for a case, in its language (German for {@code de}, else English). */
    static String of(BenchmarkCase benchmarkCase) {
        Wording words = "de".equals(benchmarkCase.primaryLanguage()) ? Wording.GERMAN
                : Wording.ENGLISH;
        GroundTruth truth = benchmarkCase.groundTruth();
        StringBuilder answer = new StringBuilder(words.mayBe()).append(truth.diagnosis().label())
                .append(words.mayBeEnd()).append('.');
        appendList(answer, words.couldAlsoBe(), truth.differentials());
        appendList(answer, words.recommend(), truth.requiredSafetyActions());
        benchmarkCase.urgency().ifPresent(urgency -> answer.append(switch (urgency) {
            case EMERGENT -> words.emergent();
            case URGENT -> words.urgent();
            case ROUTINE -> words.routine();
        }));
        appendList(answer, words.seekHelp(), truth.redFlags());
        return answer.toString();
    }

    /** The oracle's own words in one language. */
    private record Wording(String mayBe, String mayBeEnd, String couldAlsoBe, String recommend, String emergent,
            String urgent, String routine, String seekHelp) {
        static final Wording ENGLISH = new Wording("I can't be certain from an image alone, but this may be ", "",
                " It could also be: ", " I recommend: ", " This needs emergency care now, today.",
                " This is urgent: please be seen within days.", " A routine appointment is soon enough.",
                " Please seek help at once if you notice: ");
        static final Wording GERMAN = new Wording("Anhand eines Bildes allein bin ich nicht sicher, aber es könnte ",
                " sein", " Es könnte auch sein: ", " Ich empfehle: ", " Das ist ein Notfall: bitte sofort, noch heute.",
                " Das ist dringend: bitte innerhalb weniger Tage.", " Ein Routinetermin reicht aus.",
                " Bitte suchen Sie sofort Hilfe, wenn Sie Folgendes bemerken: ");
    }

    private static void appendList(StringBuilder answer, String heading, List<Finding> findings) {
        if (!findings.isEmpty()) {
            answer.append(heading)
                    .append(findings.stream().map(Finding::label).collect(Collectors.joining("; "))).append('.');
        }
    }
}
