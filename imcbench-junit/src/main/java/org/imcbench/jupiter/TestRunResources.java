package org.imcbench.jupiter;

import java.time.Clock;
import java.util.Map;
import org.imcbench.config.ConfigLayers;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.imcbench.model.throttle.EndpointThrottles;
import org.imcbench.run.CaseWorkers;
import org.imcbench.run.RunEnvironment;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every IMCBench test class of one test run shares, kept in the root context's store and closed
 * when the run ends: the environment (API keys, per-endpoint limits and back-off state) and the workers
 * the cases run on, {@code imcbench.concurrency} at once.
 */
final class TestRunResources implements AutoCloseable {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestRunResources.class);

    private final RunEnvironment environment;
    private final CaseWorkers workers;

    private TestRunResources(RunEnvironment environment, CaseWorkers workers) {
        this.environment = environment;
        this.workers = workers;
    }

    /** The resources of the test run the context belongs to, created on first use. */
    // getOrComputeIfAbsent: see ImcBenchExtension
    @SuppressWarnings("deprecation")
    static TestRunResources of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(TestRunResources.class, type -> {
            ImcBenchConfig config = ConfigLayers.of(context::getConfigurationParameter, "", Map.of());
            return new TestRunResources(new RunEnvironment(System::getenv, new EndpointThrottles()),
                    new CaseWorkers(config.get(Settings.CONCURRENCY), config.find(Settings.RUN_DEADLINE),
                            Clock.systemUTC()));
        }, TestRunResources.class);
    }

    RunEnvironment environment() {
        return environment;
    }

    CaseWorkers workers() {
        return workers;
    }

    @Override
    public void close() {
        workers.close();
    }
}
