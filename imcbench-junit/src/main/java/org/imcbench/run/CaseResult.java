package org.imcbench.run;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.conversation.Transcript;
import org.imcbench.jury.Verdict;
import org.imcbench.model.usage.ModelTally;

/**
 * Everything one case produced: what the report records about it.
 *
 * @param benchmarkCase the case
 * @param transcript the conversation, empty when it failed
 * @param verdict the jury's verdict, empty when the conversation failed
 * @param error why the conversation failed (provider error, secrets removed), empty if it did not
 * @param checks one result per rubric dimension that was checked
 * @param duration wall time of the conversation and the jury
 * @param usage the case's successful model calls per role and model
 */
public record CaseResult(BenchmarkCase benchmarkCase, Optional<Transcript> transcript, Optional<Verdict> verdict,
        Optional<String> error, List<CheckResult> checks, Duration duration, List<ModelTally> usage) {

    /** Copies the checks and checks the components. */
    public CaseResult {
        Objects.requireNonNull(benchmarkCase, "benchmarkCase");
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(error, "error");
        checks = List.copyOf(checks);
        Objects.requireNonNull(duration, "duration");
        usage = List.copyOf(usage);
    }
}
