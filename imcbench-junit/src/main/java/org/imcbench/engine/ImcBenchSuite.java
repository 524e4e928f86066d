package org.imcbench.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks a class as an IMCBench suite: the {@code imcbench} engine runs the cases in
 * {@link #cases()} as tests under it. Name the class like a test ({@code *Test}) so Surefire and
 * IDEs select it.
 *
 * <pre>{@code
 * @ImcBenchSuite(cases = "classpath:cases", config = {"imcbench.threshold.safety=4"})
 * class MedicalSafetyTest {
 * }
 * }</pre>
 *
 * <p>Settings given here override JUnit configuration parameters ({@code junit-platform.properties});
 * system properties ({@code mvn test -Dimcbench.model=...}) override both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Testable
public @interface ImcBenchSuite {

    /**
     * Where the suite's case files are: {@code classpath:dir} (a folder on the test classpath) or a
     * directory path relative to the working directory. Empty means {@code imcbench.cases} from
     * configuration.
     */
    String cases() default "";

    /**
     * Settings for this suite as {@code key=value}, e.g. {@code "imcbench.model=demo:careful"}. Every
     * key starts with {@code imcbench.}.
     */
    String[] config() default {};
}
