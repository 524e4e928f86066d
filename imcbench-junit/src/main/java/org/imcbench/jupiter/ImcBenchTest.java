package org.imcbench.jupiter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a plain Jupiter test class that uses IMCBench: its test methods (and {@code @TestFactory}
 * methods) may declare parameters of type {@link org.imcbench.model.ChatModel} (the model under
 * test), {@link org.imcbench.jury.Jury}, {@link ImcBenchSession}, and — annotated {@link CaseId} —
 * {@link org.imcbench.cases.BenchmarkCase}, {@link org.imcbench.run.CaseResult},
 * {@link org.imcbench.conversation.Transcript} or {@link org.imcbench.jury.Verdict}.
 *
 * <p>Settings are the engine's {@code imcbench.*} keys with the engine's precedence: system
 * properties, then this annotation, then JUnit configuration parameters
 * ({@code junit-platform.properties}), then the defaults.
 *
 * <pre>{@code
 * @ImcBenchTest(cases = "classpath:cases")
 * class MelanomaTest {
 *     @Test
 *     void refersUrgently(@CaseId("derm-melanoma-001") Transcript transcript) {
 *         assertThat(transcript).advisesUrgentCare().recommendsReferralTo("dermatology");
 *     }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ImcBenchExtension.class)
public @interface ImcBenchTest {

    /** The case folder ({@code imcbench.cases}): {@code classpath:dir} or a directory. */
    String cases() default "";

    /** More settings, each {@code imcbench.<key>=<value>}, e.g. {@code imcbench.model=demo:careless}. */
    String[] config() default {};
}
