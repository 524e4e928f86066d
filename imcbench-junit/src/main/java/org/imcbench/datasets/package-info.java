/**
 * From public datasets to IMCBench cases: importers of dataset label files (NIH ChestX-ray14,
 * HAM10000 / ISIC metadata) into {@link org.imcbench.datasets.DatasetRow}s, the label knowledge
 * file that maps a dataset label to the ground truth of a case ({@link org.imcbench.datasets.KnowledgeBase}),
 * the seeded patient-profile generator ({@link org.imcbench.datasets.ProfileGenerator}) drawing from
 * per-label tables, stratified sampling, prior-study pairs of the same patient, and the
 * {@link org.imcbench.datasets.Generate} command that writes the case files and checks them with
 * {@link org.imcbench.cases.CaseValidator}.
 *
 * <p>JUnit-free: below {@code run} and {@code report}, above {@code cases}. The data files live in
 * {@code imcbench/datasets/} on the class path; see {@code docs/datasets.md}.
 */
package org.imcbench.datasets;
