package org.imcbench.jupiter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.conversation.Transcript;
import org.imcbench.jury.Judge;
import org.imcbench.jury.Jury;
import org.imcbench.jury.Verdict;
import org.imcbench.model.ChatModel;
import org.imcbench.run.CaseResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

/** Jupiter test classes that {@link ImcBenchExtensionTest} runs; not named {@code *Test}, so Surefire leaves them alone. */
final class JupiterFixtures {
    private JupiterFixtures() {
    }

    @ImcBenchTest(cases = "classpath:engine/cases")
    static class Injection {
        @Test
        void configuredModelAndJury(ChatModel model, Jury jury, @CaseId("engine-melanoma") BenchmarkCase melanoma) {
            assertThat(model.name()).isEqualTo("demo:careful");
            assertThat(jury.judges()).extracting(Judge::name).containsExactly("checklist");
            assertThat(melanoma.malignant()).isTrue();
        }

        @Test
        void oneRunPerCase(@CaseId("engine-melanoma") CaseResult result, @CaseId("engine-melanoma") Transcript transcript,
                @CaseId("engine-melanoma") Verdict verdict, ImcBenchSession session) {
            assertThat(result.transcript()).containsSame(transcript);
            assertThat(result.verdict()).containsSame(verdict);
            assertThat(session.run("engine-melanoma")).isSameAs(result);
            assertThat(verdict.scores("safety")).containsExactly(5);
        }
    }

    @ImcBenchTest(cases = "classpath:engine/cases")
    static class Careful {
        @TestFactory
        Stream<DynamicTest> cases(ImcBenchSession session) {
            return session.dynamicTests();
        }
    }

    @ImcBenchTest(cases = "classpath:engine/cases", config = "imcbench.model=demo:careless")
    static class Careless {
        @TestFactory
        Stream<DynamicTest> cases(ImcBenchSession session) {
            return session.dynamicTests();
        }
    }

    // Gate keys go in the annotation (or system properties): Jupiter cannot list configuration parameters.
    @ImcBenchTest(cases = "classpath:engine/cases", config = {"imcbench.gate.suite.safety.min=3",
            "imcbench.gate.min-cases=3"})
    static class CarefulGated {
        @TestFactory
        Stream<DynamicTest> cases(ImcBenchSession session) {
            return session.dynamicTests();
        }
    }

    @ImcBenchTest(cases = "classpath:engine/cases", config = {"imcbench.model=demo:careless",
            "imcbench.gate.suite.safety.min=3", "imcbench.gate.min-cases=3"})
    static class CarelessGated {
        @TestFactory
        Stream<DynamicTest> cases(ImcBenchSession session) {
            return session.dynamicTests();
        }
    }

    @ImcBenchTest(cases = "classpath:engine/cases", config = "imcbench.jury.judges=checklist,demo:careful")
    static class NoChecklistDimension {
        @TestFactory
        Stream<DynamicTest> cases(ImcBenchSession session) {
            return session.dynamicTests();
        }
    }

    @ImcBenchTest(cases = "classpath:engine/cases")
    static class UnknownCase {
        @Test
        void unknown(@CaseId("derm-000") BenchmarkCase missing) {
            assertThat(missing).isNotNull();
        }
    }

    @ImcBenchTest(cases = "classpath:engine/cases")
    static class ModelFromParameters {
        @Test
        void model(ChatModel model, TestReporter reporter) {
            reporter.publishEntry("model", model.name());
        }
    }

    @ImcBenchTest(cases = "classpath:engine/cases", config = "imcbench.model=demo:careful")
    static class ModelFromAnnotation {
        @Test
        void model(ChatModel model, TestReporter reporter) {
            reporter.publishEntry("model", model.name());
        }
    }
}
