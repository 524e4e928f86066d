package org.imcbench.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.imcbench.report.SuiteReport;
import org.imcbench.run.GateOutcome;
import org.imcbench.run.SuiteGate;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * A suite-level test of a {@link SuiteGate} (jury agreement, suite mean, stratum mean, regression vs a
 * baseline). It needs every case's result, so the suite registers and runs it after its cases
 * ({@link #runAfterCases}) as a dynamic test.
 */
final class SuiteGateDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "gate";
    /** The entry key of the one line saying what the gate measured. */
    static final String MEASURED = GateOutcome.PREFIX + "measured";

    private SuiteGateDescriptor(UniqueId suiteId, SuiteGate gate) {
        // No class source: Surefire would name a test with the suite class's source after the class
        // alone; without one the row carries the gate's title.
        super(suiteId.append(SEGMENT, gate.id()), gate.title());
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public String getLegacyReportingName() {
        return getDisplayName();
    }

    /**
     * Adds the gate under the suite, and reports it started, what it measured (one line and its figures)
     * as report entries, and it finished with the gate's outcome. The caller holds the reporting lock.
     */
    static void runAfterCases(SuiteDescriptor suite, SuiteGate gate, SuiteReport report,
            EngineExecutionListener listener, ReportEntries entries) {
        SuiteGateDescriptor descriptor = new SuiteGateDescriptor(suite.getUniqueId(), gate);
        suite.addChild(descriptor);
        listener.dynamicTestRegistered(descriptor);
        listener.executionStarted(descriptor);
        GateOutcome outcome = gate.evaluate(report);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put(MEASURED, outcome.measured());
        figures.putAll(outcome.entries());
        entries.publishForSuite(descriptor, figures);
        listener.executionFinished(descriptor, outcome.passed() ? TestExecutionResult.successful()
                : TestExecutionResult.failed(new CheckFailedError(outcome.reason())));
    }
}
