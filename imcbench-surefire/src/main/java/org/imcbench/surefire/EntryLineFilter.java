package org.imcbench.surefire;

import java.util.regex.Pattern;
import org.apache.maven.surefire.api.report.TestOutputReportEntry;
import org.apache.maven.surefire.api.report.TestSetReportEntry;
import org.apache.maven.surefire.extensions.ConsoleOutputReportEventListener;

/**
 * Passes a test's output on to the console, except whole standard-output lines of the form
 * {@code imcbench.<key> = <value>}: the report entries the IMCBench engine prints for Surefire's XML.
 */
final class EntryLineFilter implements ConsoleOutputReportEventListener {
    private static final Pattern ENTRY_LINE = Pattern.compile("imcbench\\.[\\w.-]+ = .*");

    private final ConsoleOutputReportEventListener console;

    EntryLineFilter(ConsoleOutputReportEventListener console) {
        this.console = console;
    }

    @Override
    public void writeTestOutput(TestOutputReportEntry output) {
        if (!isEntryLine(output)) {
            console.writeTestOutput(output);
        }
    }

    @Override
    public void testSetStarting(TestSetReportEntry testSet) {
        console.testSetStarting(testSet);
    }

    @Override
    public void testSetCompleted(TestSetReportEntry testSet) {
        console.testSetCompleted(testSet);
    }

    @Override
    public void close() {
        console.close();
    }

    private static boolean isEntryLine(TestOutputReportEntry output) {
        return output.isStdOut() && output.isNewLine() && output.getLog() != null
                && ENTRY_LINE.matcher(output.getLog()).matches();
    }
}
