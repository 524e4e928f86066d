package org.imcbench.engine;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.imcbench.cases.CaseLoader;
import org.imcbench.cases.CaseReadAhead;
import org.imcbench.config.ConfigException;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.imcbench.model.throttle.EndpointThrottles;
import org.imcbench.run.CaseWorkers;
import org.imcbench.run.RunEnvironment;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * The {@code imcbench} JUnit Platform engine: discovers IMCBench suites and cases and runs every
 * case's conversation, jury and dimension checks as tests.
 *
 * <p>Discovery accepts class selectors ({@link ImcBenchSuite} classes), file, directory,
 * classpath-resource selectors for case files, classpath-root and package selectors (which find
 * {@code @ImcBenchSuite} classes: a case belongs to its suite) and unique-id selectors. The cases' work
 * runs concurrently, up to {@code imcbench.concurrency} cases at once over all suites; the test tree
 * reports from one thread in discovery order. All suites of one execution share the workers and the
 * per-endpoint request limits and back-off state.
 */
public final class ImcBenchTestEngine extends HierarchicalTestEngine<ImcBenchExecutionContext> {
    /** The engine id, as in {@code [engine:imcbench]}. */
    public static final String ENGINE_ID = "imcbench";

    private final Function<String, String> environment;

    /** The engine as the JUnit Platform loads it: API keys come from the process environment. */
    public ImcBenchTestEngine() {
        this(System::getenv);
    }

    /** An engine that looks environment variables (API keys) up with {@code environment} (for tests). */
    ImcBenchTestEngine(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String getId() {
        return ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("org.imcbench");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("imcbench-junit");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        ImcBenchEngineDescriptor engine = new ImcBenchEngineDescriptor(uniqueId);
        DiscoveryIssueReporter issues = DiscoveryIssueReporter.deduplicating(
                DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), uniqueId));
        resolver(request, uniqueId, issues).resolve(request, engine, issues);
        engine.getChildren().stream()
                .filter(SuiteDescriptor.class::isInstance)
                .map(SuiteDescriptor.class::cast)
                .forEach(suite -> {
                    suite.keepShard();
                    suite.addGates();
                });
        return engine;
    }

    private static EngineDiscoveryRequestResolver<ImcBenchEngineDescriptor> resolver(EngineDiscoveryRequest request,
            UniqueId engineId, DiscoveryIssueReporter issues) {
        CaseLoader loader = caseLoader(request.getConfigurationParameters());
        CaseReadAhead<DiscoveredCase> readAhead = new CaseReadAhead<>(loader, DiscoveredCase::of);
        CaseResolver cases = new CaseResolver(issues, readAhead);
        return EngineDiscoveryRequestResolver.<ImcBenchEngineDescriptor>builder()
                .addClassContainerSelectorResolver(SuiteResolver::isSuiteClass)
                .addSelectorResolver(new SuiteResolver(request.getConfigurationParameters(), issues, readAhead, cases))
                .addSelectorResolver(cases)
                .addSelectorResolver(new UniqueIdResolver(engineId, request.getConfigurationParameters(), loader))
                .build();
    }

    /**
     * The case loader with the size limit of {@code imcbench.cases.max-bytes}; with a bad value there every
     * suite is unusable, saying why ({@link org.imcbench.run.SuiteCriteria}), and the default limit serves.
     */
    private static CaseLoader caseLoader(ConfigurationParameters parameters) {
        try {
            return new CaseLoader(EngineConfig.of(parameters).get(Settings.CASES_MAX_BYTES));
        } catch (ConfigException e) {
            return new CaseLoader();
        }
    }

    /**
     * The context every node derives its own from: the environment, and the workers every suite's cases run
     * on, {@code imcbench.concurrency} at once. The tree itself runs on one thread (the default executor),
     * so tests report one after another, in discovery order.
     */
    @Override
    protected ImcBenchExecutionContext createExecutionContext(ExecutionRequest request) {
        return new ImcBenchExecutionContext(request.getEngineExecutionListener(),
                new RunEnvironment(environment, new EndpointThrottles()), workers(request));
    }

    /**
     * The workers of {@code imcbench.concurrency} and {@code imcbench.run.deadline}; with a bad value there,
     * every suite was found unusable at discovery (with the message), so default workers do.
     */
    private static CaseWorkers workers(ExecutionRequest request) {
        try {
            ImcBenchConfig config = EngineConfig.of(request.getConfigurationParameters());
            return new CaseWorkers(config.get(Settings.CONCURRENCY), config.find(Settings.RUN_DEADLINE),
                    Clock.systemUTC());
        } catch (ConfigException e) {
            return new CaseWorkers(Integer.parseInt(Settings.CONCURRENCY.defaultValue()));
        }
    }
}
