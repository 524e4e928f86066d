package com.example;

import org.imcbench.engine.ImcBenchSuite;

/** The team's release gate: every case under src/test/resources/cases. */
@ImcBenchSuite(cases = "classpath:cases")
class ModelReleaseGateTest {
}
