/**
 * The LLM-as-Jury: rubrics ({@link org.imcbench.jury.Rubrics}, JSON via
 * {@link org.imcbench.jury.RubricLoader}), judges ({@link org.imcbench.jury.LlmJudge} backed by a
 * chat model, the offline deterministic {@link org.imcbench.jury.ChecklistJudge}) and their
 * aggregation ({@link org.imcbench.jury.Jury} giving a {@link org.imcbench.jury.Verdict}). A judge
 * that fails becomes a {@link org.imcbench.jury.JudgeError}, never a score. Nothing here depends on
 * JUnit.
 */
package org.imcbench.jury;
