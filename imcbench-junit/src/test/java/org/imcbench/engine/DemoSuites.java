package org.imcbench.engine;

/** Suite classes the engine tests select; not named {@code *Test}, so Surefire leaves them alone. */
final class DemoSuites {
    private DemoSuites() {
    }

    /** The three engine-test cases with the careful demo clinician and the checklist jury. */
    @ImcBenchSuite(cases = "classpath:engine/cases", config = {"imcbench.model=demo:careful",
            "imcbench.jury.judges=checklist"})
    static class CarefulSuite {
    }

    /** The same cases with the careless demo clinician. */
    @ImcBenchSuite(cases = "classpath:engine/cases", config = "imcbench.model=demo:careless")
    static class CarelessSuite {
    }

    /** The 39 core starter cases with the careless demo clinician: many checks fail, some pass. */
    @ImcBenchSuite(cases = "classpath:imcbench/starter/core", config = {"imcbench.model=demo:careless",
            "imcbench.jury.judges=checklist"})
    static class StarterSuite {
    }

    /** A folder with one valid and one malformed case file. */
    @ImcBenchSuite(cases = "classpath:engine/invalid")
    static class SuiteWithInvalidCase {
    }

    /** A suite whose cases come from configuration (set by each test). */
    @ImcBenchSuite
    static class ConfiguredSuite {
    }
}
