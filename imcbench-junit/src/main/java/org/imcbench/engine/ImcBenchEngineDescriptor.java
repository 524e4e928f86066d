package org.imcbench.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The root of the IMCBench tree; its children are suites. */
final class ImcBenchEngineDescriptor extends EngineDescriptor implements Node<ImcBenchExecutionContext> {

    ImcBenchEngineDescriptor(UniqueId uniqueId) {
        super(uniqueId, "IMCBench");
    }
}
