/**
 * The clinical answer corpus: ideal and dangerous answers to every shipped case, written from the case's
 * ground truth, that the checklist judge must grade as a clinician would (docs/answer-corpus.md).
 */
package org.imcbench.jury.corpus;
