package org.imcbench.surefire;

import java.io.PrintStream;
import org.apache.maven.plugin.surefire.extensions.junit5.JUnit5ConsoleOutputReporter;
import org.apache.maven.surefire.extensions.ConsoleOutputReportEventListener;

/**
 * Surefire's JUnit 5 console output reporter, except that the {@code imcbench.<key> = <value>} lines
 * the IMCBench engine prints for every test (its report entries) do not reach the console. They stay
 * in the XML reports ({@code <system-out>} of each test case) and, with
 * {@code redirectTestOutputToFile}, in the output files: only the console is filtered.
 *
 * <p>Configured in {@code maven-surefire-plugin} with this module as a plugin dependency:
 * <pre>{@code
 * <consoleOutputReporter implementation="org.imcbench.surefire.ImcBenchConsoleOutputReporter">
 *   <usePhrasedFileName>true</usePhrasedFileName>
 * </consoleOutputReporter>
 * }</pre>
 * Surefire copies the reporter into its own class loader by class name ({@code clone}), so this class
 * keeps no state of its own beyond what its superclass copies.
 */
public class ImcBenchConsoleOutputReporter extends JUnit5ConsoleOutputReporter {

    @Override
    public ConsoleOutputReportEventListener createListener(PrintStream out, PrintStream err) {
        return new EntryLineFilter(super.createListener(out, err));
    }

    @Override
    public String toString() {
        return "ImcBenchConsoleOutputReporter{" + super.toString() + "}";
    }
}
