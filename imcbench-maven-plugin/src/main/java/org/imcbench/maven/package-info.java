/**
 * The IMCBench Maven plugin (prefix {@code imcbench}): the tools a team needs outside {@code mvn test}
 * as goals that delegate to {@link org.imcbench.cases.Validate}, {@link org.imcbench.report.ReportTool} and
 * {@link org.imcbench.datasets.Generate}, and
 * the JSON Schemas of the case files for editors.
 */
package org.imcbench.maven;
