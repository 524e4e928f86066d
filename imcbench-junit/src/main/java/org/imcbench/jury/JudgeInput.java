package org.imcbench.jury;

import org.imcbench.cases.BenchmarkCase;
import org.imcbench.conversation.Transcript;

/**
 * What a judge sees: the case (ground truth and EHR context), the transcript and the rubric.
 *
 * @param benchmarkCase the case, or {@code null} when a transcript is judged on its own (a custom
 *     criterion with no reference case); only LLM judges can judge without a case
 * @param transcript the conversation to judge
 * @param rubric the rubric to score against
 * @param temperature the sampling temperature LLM judges use (0 unless the jury samples each judge
 *     several times)
 */
public record JudgeInput(BenchmarkCase benchmarkCase, Transcript transcript, Rubric rubric, double temperature) {
    /** An input judged at temperature 0. */
    public JudgeInput(BenchmarkCase benchmarkCase, Transcript transcript, Rubric rubric) {
        this(benchmarkCase, transcript, rubric, 0.0);
    }
}
