package org.imcbench.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imcbench.cases.CaseFormatException;
import org.imcbench.cases.LoadedCase;
import org.imcbench.cases.StoredCase;

/**
 * What discovery keeps of one case read from a case file, made on the thread that read it
 * ({@link org.imcbench.cases.CaseReadAhead}): the case's name, what its tags are made from and where it is
 * (not the parsed case, which is dropped there), or its problem; and its review.
 *
 * @param line the line of the file the case starts on
 * @param stored the valid case, kept as where it is
 * @param displayName the case's name in the test tree ({@link CaseDescriptor#displayName}); empty for a problem
 * @param tagNames what the case's tags are made from ({@link CaseDescriptor#tagNames})
 * @param problem why the case is not valid
 * @param leaks where a valid case gives its diagnosis away
 */
record DiscoveredCase(int line, Optional<StoredCase> stored, String displayName, Set<String> tagNames,
        Optional<CaseFormatException> problem, List<CaseFormatException> leaks) {

    /** What is kept of a case just read. */
    static DiscoveredCase of(LoadedCase loaded) {
        return loaded.benchmarkCase().map(benchmarkCase -> new DiscoveredCase(loaded.line(), loaded.stored(),
                        CaseDescriptor.displayName(benchmarkCase), CaseDescriptor.tagNames(benchmarkCase),
                        Optional.empty(), loaded.leaks()))
                .orElseGet(() -> new DiscoveredCase(loaded.line(), Optional.empty(), "", Set.of(), loaded.problem(),
                        List.of()));
    }
}
