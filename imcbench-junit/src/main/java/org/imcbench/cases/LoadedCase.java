package org.imcbench.cases;

import java.util.Optional;

/**
 * What reading one case of a case file gave: the case, or the problem that stopped it.
 *
 * @param line the 1-based line the case starts on (always 1 for a {@code .json} file)
 * @param labels what names and tags the case, when it was read (in full or only its outline)
 * @param stored the case kept as where its text is, to be read in full when it runs, when it was read
 * @param benchmarkCase the case, when it was read in full ({@link CaseLoader#read})
 * @param problem why it could not be read, otherwise
 */
public record LoadedCase(int line, Optional<CaseLabels> labels, Optional<StoredCase> stored,
        Optional<BenchmarkCase> benchmarkCase, Optional<CaseFormatException> problem) {
    /** Checks that exactly one of a read case (labels with where it is) and a problem is present. */
    public LoadedCase {
        if (labels.isPresent() == problem.isPresent() || labels.isPresent() != stored.isPresent()
                || (benchmarkCase.isPresent() && labels.isEmpty())) {
            throw new IllegalArgumentException("exactly one of case (with its labels and text) and problem must be"
                    + " present");
        }
    }

    /** A case read in full. */
    static LoadedCase of(int line, BenchmarkCase benchmarkCase, StoredCase stored) {
        return new LoadedCase(line, Optional.of(CaseLabels.of(benchmarkCase)), Optional.of(stored),
                Optional.of(benchmarkCase), Optional.empty());
    }

    /** A case of which only its labels and outline were read. */
    static LoadedCase outlined(int line, CaseLabels labels, StoredCase stored) {
        return new LoadedCase(line, Optional.of(labels), Optional.of(stored), Optional.empty(), Optional.empty());
    }

    /** A case that could not be read. */
    static LoadedCase failed(int line, CaseFormatException problem) {
        return new LoadedCase(line, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(problem));
    }
}
