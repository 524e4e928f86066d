package org.imcbench.sample;

import org.imcbench.engine.ImcBenchSuite;

/**
 * The IMCBench starter suite that ships inside {@code imcbench-junit} (39 core cases on real public
 * images with canonical URLs), run against the same model and jury as {@link ReleaseGateTest}.
 */
@ImcBenchSuite(cases = "classpath:imcbench/starter/core")
class StarterSuiteTest {
}
