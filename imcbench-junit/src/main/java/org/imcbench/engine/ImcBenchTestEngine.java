package org.imcbench.engine;

import java.util.Optional;
import java.util.function.Function;
import org.imcbench.cases.CaseLoader;
import org.imcbench.config.Settings;
import org.imcbench.model.throttle.EndpointThrottles;
import org.imcbench.run.RunEnvironment;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.ForkJoinPoolHierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestExecutorService;

/**
 * The {@code imcbench} JUnit Platform engine: discovers IMCBench suites and cases and runs every
 * case's conversation, jury and dimension checks as tests.
 *
 * <p>Discovery accepts class selectors ({@link ImcBenchSuite} classes), file, directory,
 * classpath-resource, classpath-root and package selectors for case files, and unique-id
 * selectors. Cases run concurrently, up to {@code imcbench.concurrency} at once. All suites of one
 * execution share the per-endpoint request limits and back-off state.
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
        return engine;
    }

    private static EngineDiscoveryRequestResolver<ImcBenchEngineDescriptor> resolver(EngineDiscoveryRequest request,
            UniqueId engineId, DiscoveryIssueReporter issues) {
        return EngineDiscoveryRequestResolver.<ImcBenchEngineDescriptor>builder()
                .addSelectorResolver(context -> new ClasspathScanResolver(context.getClassNameFilter()))
                .addSelectorResolver(new SuiteResolver(request.getConfigurationParameters(), issues))
                .addSelectorResolver(new CaseResolver(issues, new CaseLoader(
                        EngineConfig.of(request.getConfigurationParameters()).get(Settings.CASES_MAX_BYTES))))
                .addSelectorResolver(new UniqueIdResolver(engineId, request.getConfigurationParameters()))
                .build();
    }

    @Override
    protected HierarchicalTestExecutorService createExecutorService(ExecutionRequest request) {
        return new ForkJoinPoolHierarchicalTestExecutorService(new ConcurrencyConfiguration(concurrency(request)));
    }

    @Override
    protected ImcBenchExecutionContext createExecutionContext(ExecutionRequest request) {
        return new ImcBenchExecutionContext(request.getEngineExecutionListener(), concurrency(request),
                new RunEnvironment(environment, new EndpointThrottles()));
    }

    private static int concurrency(ExecutionRequest request) {
        return EngineConfig.of(request.getConfigurationParameters()).get(Settings.CONCURRENCY);
    }
}
