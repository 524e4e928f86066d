package org.imcbench.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.imcbench.run.GateOutcome;
import org.imcbench.run.SuiteGate;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A suite-level test of a {@link SuiteGate} (jury agreement, suite mean, stratum mean, regression vs a
 * baseline), after the suite's cases. Known at discovery, so it can be selected by unique id (which runs
 * its whole suite) or excluded by its tag {@value #TAG}; skipped, with the reason, when the selection
 * leaves part of its suite out. It publishes what it measured and fails when the gate does.
 */
final class SuiteGateDescriptor extends LeanTestDescriptor implements Node<ImcBenchExecutionContext> {
    static final String SEGMENT = "gate";
    /** The tag of every gate test, e.g. for {@code -DexcludedGroups=imcbench-gate}. */
    static final String TAG = "imcbench-gate";
    /** The entry key of the one line saying what the gate measured. */
    static final String MEASURED = GateOutcome.PREFIX + "measured";

    private final String gateId;

    SuiteGateDescriptor(UniqueId suiteId, SuiteGate gate) {
        // No class source: Surefire would name a test with the suite class's source after the class
        // alone; without one the row carries the gate's title.
        super(suiteId.append(SEGMENT, gate.id()), gate.title(), null);
        this.gateId = gate.id();
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public Set<TestTag> getTags() {
        return Set.of(TestTag.create(TAG));
    }

    @Override
    public String getLegacyReportingName() {
        return getDisplayName();
    }

    @Override
    public SkipResult shouldBeSkipped(ImcBenchExecutionContext context) {
        return context.run().gatesSkipped().map(SkipResult::skip).orElseGet(SkipResult::doNotSkip);
    }

    @Override
    public ImcBenchExecutionContext execute(ImcBenchExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        GateOutcome outcome = context.run().gate(gateId);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put(MEASURED, outcome.measured());
        figures.putAll(outcome.entries());
        context.entries().publishForSuite(this, figures);
        if (!outcome.passed()) {
            throw new CheckFailedError(outcome.reason());
        }
        return context;
    }
}
