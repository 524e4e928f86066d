package org.imcbench.engine;

import java.util.Optional;
import java.util.Set;
import org.imcbench.cases.CaseFormatException;
import org.imcbench.cases.LoadedCase;
import org.imcbench.cases.StoredCase;

/**
 * What discovery keeps of one case read from a case file, made on the thread that read it
 * ({@link org.imcbench.cases.CaseReadAhead}): the case's name, what its tags are made from and where it is,
 * or its problem.
 *
 * @param line the line of the file the case starts on
 * @param stored the case, kept as where it is
 * @param displayName the case's name in the test tree ({@link CaseDescriptor#displayName}); empty for a problem
 * @param tagNames what the case's tags are made from ({@link CaseDescriptor#tagNames})
 * @param problem why the case could not be read
 */
record DiscoveredCase(int line, Optional<StoredCase> stored, String displayName, Set<String> tagNames,
        Optional<CaseFormatException> problem) {

    /** What is kept of a case just read. */
    static DiscoveredCase of(LoadedCase loaded) {
        return loaded.labels().map(labels -> new DiscoveredCase(loaded.line(), loaded.stored(),
                        CaseDescriptor.displayName(labels), CaseDescriptor.tagNames(labels), Optional.empty()))
                .orElseGet(() -> new DiscoveredCase(loaded.line(), Optional.empty(), "", Set.of(), loaded.problem()));
    }
}
