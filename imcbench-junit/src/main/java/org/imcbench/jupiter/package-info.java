/**
 * The Jupiter side of IMCBench, for teams who write plain Jupiter tests instead of (or beside)
 * {@code @ImcBenchSuite}: {@link org.imcbench.jupiter.ImcBenchTest} and its
 * {@link org.imcbench.jupiter.ImcBenchExtension} inject the configured model under test, the jury,
 * cases by {@link org.imcbench.jupiter.CaseId} and their results, and
 * {@link org.imcbench.jupiter.ImcBenchSession} turns a case folder into dynamic tests. Thin: all the
 * work is in {@code org.imcbench.run}. Needs {@code junit-jupiter-api} (6.0 or newer) on the test
 * classpath, which any Jupiter test has.
 */
package org.imcbench.jupiter;
