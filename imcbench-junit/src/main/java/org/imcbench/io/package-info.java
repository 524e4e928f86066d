/**
 * Reading and writing IMCBench's own files: data files (cases, suite files, rubrics) read through
 * their shipped JSON Schemas with every problem located ({@link org.imcbench.io.SchemaCheckedReader}),
 * and files written atomically ({@link org.imcbench.io.AtomicFiles}). Depends on nothing else of
 * IMCBench.
 */
package org.imcbench.io;
