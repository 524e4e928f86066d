package org.imcbench.engine;

import java.util.Optional;
import java.util.Set;
import org.imcbench.cases.CaseFormatException;
import org.imcbench.cases.LoadedCase;
import org.imcbench.cases.StoredCase;

/**
 * What discovery keeps of one case read from a case file, made on the thread that read it
 * ({@link org.imcbench.cases.CaseReadAhead}): the case's name, what its tags are made from and where it is,
 * or its problem; for a file its suite planned, also the case's descriptor with its tests, made for that suite
 * on the reading thread ({@link CaseResolver#prepare}).
 *
 * @param line the line of the file the case starts on
 * @param stored the case, kept as where it is
 * @param displayName the case's name in the test tree ({@link CaseDescriptor#displayName}); empty for a problem
 * @param tagNames what the case's tags are made from ({@link CaseDescriptor#tagNames})
 * @param problem why the case could not be read
 * @param prepared the case's descriptor made for a suite, or {@code null}
 */
record DiscoveredCase(int line, Optional<StoredCase> stored, String displayName, Set<String> tagNames,
        Optional<CaseFormatException> problem, Prepared prepared) {

    /**
     * A case's descriptor, with its tests, made for a suite.
     *
     * @param suite the suite it was made for
     * @param descriptor the case's descriptor, not yet in the suite
     */
    record Prepared(SuiteDescriptor suite, CaseDescriptor descriptor) {
    }

    /** What is kept of a case just read. */
    static DiscoveredCase of(LoadedCase loaded) {
        return loaded.labels().map(labels -> new DiscoveredCase(loaded.line(), loaded.stored(),
                        CaseDescriptor.displayName(labels), CaseDescriptor.tagNames(labels), Optional.empty(), null))
                .orElseGet(() -> new DiscoveredCase(loaded.line(), Optional.empty(), "", Set.of(), loaded.problem(),
                        null));
    }

    /** The same case with its descriptor made for {@code suite}. */
    DiscoveredCase preparedFor(SuiteDescriptor suite, CaseDescriptor descriptor) {
        return new DiscoveredCase(line, stored, displayName, tagNames, problem, new Prepared(suite, descriptor));
    }

    /** The case's descriptor made for {@code suite}, if it was. */
    Optional<CaseDescriptor> preparedFor(SuiteDescriptor suite) {
        return prepared != null && prepared.suite() == suite ? Optional.of(prepared.descriptor()) : Optional.empty();
    }
}
