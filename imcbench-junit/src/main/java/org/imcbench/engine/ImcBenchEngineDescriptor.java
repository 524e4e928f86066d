package org.imcbench.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The root of the IMCBench tree; its children are suites. Before any suite reports, it starts every
 * suite, so that the cases of all suites share the workers in reporting order; afterwards it stops the
 * workers.
 */
final class ImcBenchEngineDescriptor extends EngineDescriptor implements Node<ImcBenchExecutionContext> {

    ImcBenchEngineDescriptor(UniqueId uniqueId) {
        super(uniqueId, "IMCBench");
    }

    @Override
    public ImcBenchExecutionContext before(ImcBenchExecutionContext context) {
        getChildren().stream()
                .filter(SuiteDescriptor.class::isInstance)
                .forEach(suite -> ((SuiteDescriptor) suite).start(context));
        return context;
    }

    @Override
    public void after(ImcBenchExecutionContext context) {
        context.workers().close();
    }
}
