package org.imcbench.jupiter;

import java.lang.reflect.Parameter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.config.ConfigLayers;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.imcbench.conversation.Transcript;
import org.imcbench.jury.Jury;
import org.imcbench.jury.Verdict;
import org.imcbench.model.ChatModel;
import org.imcbench.run.CaseResult;
import org.imcbench.run.SuiteCriteria;
import org.imcbench.run.SuitePlan;
import org.imcbench.run.SuiteRun;
import org.imcbench.run.SuiteSetup;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The Jupiter extension behind {@link ImcBenchTest}: resolves the parameters listed there from one
 * {@link ImcBenchSession} per annotated test class, built on first use from the class's configuration
 * and closed (reports written, gates evaluated) when the class is done. Every class of the test run
 * shares one set of case workers and per-endpoint limits, as the suites of the engine do.
 */
public final class ImcBenchExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ImcBenchExtension.class);
    private static final Set<Class<?>> PER_CASE = Set.of(BenchmarkCase.class, CaseResult.class, Transcript.class,
            Verdict.class);
    private static final Set<Class<?>> PER_CLASS = Set.of(ChatModel.class, Jury.class, ImcBenchSession.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return PER_CLASS.contains(type) || PER_CASE.contains(type) && parameterContext.isAnnotated(CaseId.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        ImcBenchSession session = session(extensionContext);
        Parameter parameter = parameterContext.getParameter();
        Class<?> type = parameter.getType();
        if (type == ChatModel.class) {
            return session.modelUnderTest();
        }
        if (type == Jury.class) {
            return session.jury();
        }
        if (type == ImcBenchSession.class) {
            return session;
        }
        String caseId = parameterContext.findAnnotation(CaseId.class).orElseThrow().value();
        if (type == BenchmarkCase.class) {
            return session.benchmarkCase(caseId);
        }
        CaseResult result = session.run(caseId);
        if (type == CaseResult.class) {
            return result;
        }
        if (type == Transcript.class) {
            return result.transcript().orElseThrow(() -> unavailable("transcript", caseId, result));
        }
        return result.verdict().orElseThrow(() -> unavailable("verdict", caseId, result));
    }

    private static ParameterResolutionException unavailable(String what, String caseId, CaseResult result) {
        return new ParameterResolutionException("no " + what + " of case '" + caseId + "': "
                + result.error().orElse("the case produced none"));
    }

    // getOrComputeIfAbsent is deprecated in Jupiter 6 but, unlike computeIfAbsent, also exists in
    // Jupiter 5.13/5.14, which the extension supports like the engine does.
    @SuppressWarnings("deprecation")
    private static ImcBenchSession session(ExtensionContext context) {
        Class<?> annotated = annotatedClass(context.getRequiredTestClass());
        ExtensionContext owner = classContext(context, annotated);
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(ImcBenchSession.class,
                type -> createSession(annotated, context), ImcBenchSession.class);
    }

    /** The context of the annotated class (its store closes the session when the class is done), else the root's. */
    private static ExtensionContext classContext(ExtensionContext context, Class<?> annotated) {
        for (ExtensionContext candidate = context; candidate != null; candidate = candidate.getParent().orElse(null)) {
            if (candidate.getTestMethod().isEmpty() && candidate.getTestClass().filter(annotated::equals).isPresent()) {
                return candidate;
            }
        }
        return context.getRoot();
    }

    private static ImcBenchSession createSession(Class<?> annotated, ExtensionContext context) {
        Map<String, String> settings = new LinkedHashMap<>();
        AnnotationSupport.findAnnotation(annotated, ImcBenchTest.class).ifPresent(annotation -> {
            settings.putAll(ConfigLayers.parseEntries(annotation.config(),
                    "@ImcBenchTest(config) of " + annotated.getName()));
            if (!annotation.cases().isBlank()) {
                settings.put(Settings.CASES.key(), annotation.cases());
            }
        });
        ImcBenchConfig config = ConfigLayers.of(context::getConfigurationParameter,
                "@ImcBenchTest of " + annotated.getName(), settings);
        SuiteCriteria criteria = SuiteCriteria.read(config);
        TestRunResources shared = TestRunResources.of(context);
        SuiteSetup setup = SuiteSetup.create(config, criteria, shared.environment());
        SuiteRun run = SuiteRun.start(new SuitePlan(annotated.getSimpleName(), config.get(Settings.REPORT_DIR),
                List.of(), Optional.empty()), setup, criteria.gates(), shared.workers(), System.out, Clock.systemUTC());
        return new ImcBenchSession(config, annotated.getClassLoader(), run, criteria.gates());
    }

    /**
     * The test class or the nearest enclosing class annotated {@link ImcBenchTest}; else the test class
     * (registered with {@code @ExtendWith(ImcBenchExtension.class)}, configured without annotation).
     */
    private static Class<?> annotatedClass(Class<?> testClass) {
        for (Class<?> candidate = testClass; candidate != null; candidate = candidate.getEnclosingClass()) {
            if (AnnotationSupport.isAnnotated(candidate, ImcBenchTest.class)) {
                return candidate;
            }
        }
        return testClass;
    }

}
