package org.imcbench.cases;

import java.util.Objects;

/**
 * Where a run gets one case's content from when the case runs: a case kept in memory, or a case
 * discovered from a file and kept only as where its text is ({@link StoredCase}), so that a suite of
 * thousands of cases holds no parsed case between discovery and run. Its {@link #outline} is known without
 * parsing it.
 */
public interface CaseSource {
    /** The case's id. */
    String id();

    /**
     * The case, read in full (checked) when it was discovered from a file and kept as where it is.
     *
     * @throws CaseFormatException when its text does not make a valid case (or changed since discovery)
     */
    BenchmarkCase load();

    /** What the run needs of the case before it runs: its images and strata, known without {@link #load}. */
    CaseOutline outline();

    /** A case kept in memory. */
    static CaseSource of(BenchmarkCase benchmarkCase) {
        Objects.requireNonNull(benchmarkCase, "benchmarkCase");
        CaseOutline outline = CaseOutline.of(benchmarkCase);
        return new CaseSource() {
            @Override
            public CaseOutline outline() {
                return outline;
            }

            @Override
            public String id() {
                return benchmarkCase.id();
            }

            @Override
            public BenchmarkCase load() {
                return benchmarkCase;
            }

            @Override
            public String toString() {
                return "case " + benchmarkCase.id();
            }
        };
    }
}
