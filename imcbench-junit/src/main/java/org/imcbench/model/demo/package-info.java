/**
 * The built-in {@code demo} provider: an in-process OpenAI-compatible server on loopback with
 * deterministic simulated clinicians ({@code careful}, {@code careless}), an {@code oracle} that answers
 * from the case's own ground truth (to self-test case files) and a simulated patient ({@code patient}). Everything it says is simulated and must be labelled so in reports.
 */
package org.imcbench.model.demo;
