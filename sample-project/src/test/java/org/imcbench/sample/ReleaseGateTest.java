package org.imcbench.sample;

import org.imcbench.engine.ImcBenchSuite;

/**
 * The release gate of a model team: every case under {@code src/test/resources/cases} runs as
 * tests (a conversation test and one check per rubric dimension), and {@code mvn test} fails when
 * a case's jury score is below its threshold.
 *
 * <p>Which model and jury run comes from {@code src/test/resources/junit-platform.properties};
 * {@code -Dimcbench.model=...} on the command line overrides it.
 */
@ImcBenchSuite(cases = "classpath:cases")
class ReleaseGateTest {
}
