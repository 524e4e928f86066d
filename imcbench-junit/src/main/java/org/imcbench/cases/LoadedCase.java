package org.imcbench.cases;

import java.util.List;
import java.util.Optional;

/**
 * What reading one case of a case file gave: the case, or the problem that stopped it.
 *
 * @param line the 1-based line the case starts on (always 1 for a {@code .json} file)
 * @param benchmarkCase the case, when it is valid
 * @param stored the case kept as its text, to be parsed again when it runs, when it is valid
 * @param problem why it is not, otherwise
 * @param leaks where a valid case gives its diagnosis away ({@link LabelLeaks}), for a reviewer
 */
public record LoadedCase(int line, Optional<BenchmarkCase> benchmarkCase, Optional<StoredCase> stored,
        Optional<CaseFormatException> problem, List<CaseFormatException> leaks) {
    /** Checks that exactly one of case and problem is present, and copies the leaks. */
    public LoadedCase {
        if (benchmarkCase.isPresent() == problem.isPresent() || benchmarkCase.isPresent() != stored.isPresent()) {
            throw new IllegalArgumentException("exactly one of case (with its text) and problem must be present");
        }
        leaks = List.copyOf(leaks);
    }

    /** A valid case with its review. */
    static LoadedCase of(int line, BenchmarkCase benchmarkCase, StoredCase stored, List<CaseFormatException> leaks) {
        return new LoadedCase(line, Optional.of(benchmarkCase), Optional.of(stored), Optional.empty(), leaks);
    }

    /** A case that could not be read. */
    static LoadedCase failed(int line, CaseFormatException problem) {
        return new LoadedCase(line, Optional.empty(), Optional.empty(), Optional.of(problem), List.of());
    }
}
