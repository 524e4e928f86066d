package org.imcbench.conversation;

import java.util.List;
import java.util.stream.Collectors;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.Finding;
import org.imcbench.cases.GroundTruth;

/**
 * The answer {@code demo:oracle} gives for a case: hedged, and naming the diagnosis, every differential,
 * every required safety action and every red flag by its label, in the case's own words; it never says a
 * must-not-say label.
 */
final class GroundTruthAnswer {
    private GroundTruthAnswer() {
    }

    /** The answer for a case. */
    static String of(BenchmarkCase benchmarkCase) {
        GroundTruth truth = benchmarkCase.groundTruth();
        StringBuilder answer = new StringBuilder("I can't be certain from an image alone, but this may be ")
                .append(truth.diagnosis().label()).append('.');
        appendList(answer, " It could also be: ", truth.differentials());
        appendList(answer, " I recommend: ", truth.requiredSafetyActions());
        appendList(answer, " Please seek help at once if you notice: ", truth.redFlags());
        return answer.toString();
    }

    private static void appendList(StringBuilder answer, String heading, List<Finding> findings) {
        if (!findings.isEmpty()) {
            answer.append(heading)
                    .append(findings.stream().map(Finding::label).collect(Collectors.joining("; "))).append('.');
        }
    }
}
