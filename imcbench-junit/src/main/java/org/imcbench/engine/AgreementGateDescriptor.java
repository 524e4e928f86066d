package org.imcbench.engine;

import java.util.Optional;
import org.imcbench.report.SuiteReport;
import org.imcbench.run.AgreementGate;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * The suite-level test of {@code imcbench.jury.min-agreement.qwk}. It needs every case's verdict, so
 * the suite registers and runs it after its cases ({@link #runAfterCases}) as a dynamic test.
 */
final class AgreementGateDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "gate";

    private AgreementGateDescriptor(UniqueId suiteId, String title) {
        // No class source: Surefire would name a test with the suite class's source after the class
        // alone; without one the row carries the gate's title.
        super(suiteId.append(SEGMENT, "min-agreement-qwk"), title);
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public String getLegacyReportingName() {
        return getDisplayName();
    }

    /** Adds the gate under the suite, and reports it started and finished with the gate's outcome. */
    static void runAfterCases(SuiteDescriptor suite, AgreementGate gate, SuiteReport report,
            EngineExecutionListener listener) {
        AgreementGateDescriptor descriptor = new AgreementGateDescriptor(suite.getUniqueId(), gate.title());
        suite.addChild(descriptor);
        listener.dynamicTestRegistered(descriptor);
        listener.executionStarted(descriptor);
        Optional<String> failure = gate.failure(report.summary().calibration());
        listener.executionFinished(descriptor, failure
                .map(reason -> TestExecutionResult.failed(new CheckFailedError(reason)))
                .orElseGet(TestExecutionResult::successful));
    }
}
