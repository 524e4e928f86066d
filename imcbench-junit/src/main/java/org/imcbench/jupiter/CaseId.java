package org.imcbench.jupiter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the case of the configured case folder that a parameter of an {@link ImcBenchTest} method
 * is about: a {@link org.imcbench.cases.BenchmarkCase} is the case itself; a
 * {@link org.imcbench.run.CaseResult}, {@link org.imcbench.conversation.Transcript} or
 * {@link org.imcbench.jury.Verdict} runs it (once per test class and configuration).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface CaseId {

    /** The case's id, e.g. {@code derm-melanoma-001}. */
    String value();
}
