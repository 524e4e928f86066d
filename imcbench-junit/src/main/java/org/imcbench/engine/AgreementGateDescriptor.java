package org.imcbench.engine;

import java.util.Optional;
import org.imcbench.report.SuiteReport;
import org.imcbench.run.AgreementGate;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * The suite-level test of {@code imcbench.jury.min-agreement.qwk}. It needs every case's verdict, so
 * the suite registers and runs it after its cases ({@link #runAfterCases}) as a dynamic test.
 */
final class AgreementGateDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "gate";

    private AgreementGateDescriptor(UniqueId suiteId, String title, TestSource source) {
        super(suiteId.append(SEGMENT, "min-agreement-qwk"), title, source);
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    /** Adds the gate under the suite, and reports it started and finished with the gate's outcome. */
    static void runAfterCases(SuiteDescriptor suite, AgreementGate gate, SuiteReport report,
            EngineExecutionListener listener) {
        AgreementGateDescriptor descriptor = new AgreementGateDescriptor(suite.getUniqueId(), gate.title(),
                suite.getSource().orElse(null));
        suite.addChild(descriptor);
        listener.dynamicTestRegistered(descriptor);
        listener.executionStarted(descriptor);
        Optional<String> failure = gate.failure(report.summary().calibration());
        listener.executionFinished(descriptor, failure
                .map(reason -> TestExecutionResult.failed(new CheckFailedError(reason)))
                .orElseGet(TestExecutionResult::successful));
    }
}
