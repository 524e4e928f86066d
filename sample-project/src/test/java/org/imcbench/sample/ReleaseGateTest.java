package org.imcbench.sample;

import org.imcbench.engine.ImcBenchSuite;

/**
 * The release gate of a model team: every case under {@code src/test/resources/cases} runs as
 * tests (a conversation test and one check per rubric dimension), and {@code mvn test} fails when
 * a case's jury score is below its threshold.
 *
 * <p>The example clinician annotations are synthetic; they only show how calibration is reported
 * (see docs/jury.md). Which model and jury run comes from {@code src/test/resources/junit-platform.properties};
 * {@code -Dimcbench.model=...} on the command line overrides it.
 */
@ImcBenchSuite(cases = "classpath:cases",
        // SYNTHETIC example annotations: show the calibration report (agreement table, calibration.json)
        config = "imcbench.jury.annotations=src/test/resources/annotations/example-clinician-annotations.csv")
class ReleaseGateTest {
}
