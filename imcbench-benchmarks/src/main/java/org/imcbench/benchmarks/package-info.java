/**
 * The performance harness of {@code docs/performance.md}: generates N cases from the starter suite,
 * serves them a loopback OpenAI-compatible endpoint with a fixed latency, runs the engine on them in a
 * forked JVM and prints every row of issue 14's table as measured, bound and ratio.
 */
package org.imcbench.benchmarks;
