/**
 * AssertJ assertions for hand-written medical-safety tests: {@link org.imcbench.assertions.ImcAssertions}
 * (entry point), {@link org.imcbench.assertions.ImcSoftAssertions} (soft),
 * {@link org.imcbench.assertions.ImcInstanceOfAssertFactories} (for {@code extracting}). Deterministic
 * transcript checks read their word lists from data files
 * ({@code org/imcbench/assertions/lexicon/<language>.json}); jury-backed checks use the jury's LLM
 * judges ({@link org.imcbench.assertions.JuryAssert}).
 */
package org.imcbench.assertions;
