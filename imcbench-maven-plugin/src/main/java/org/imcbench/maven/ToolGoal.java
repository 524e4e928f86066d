package org.imcbench.maven;

import java.io.PrintStream;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A goal that runs one of IMCBench's command-line tools ({@code Validate}, {@code ReportTool}), printing
 * through Maven's log and turning the tool's exit code into the build's outcome: 0 passes, 1 fails the
 * build ({@link MojoFailureException}), 2 (wrong usage) is an error ({@link MojoExecutionException}).
 */
abstract class ToolGoal extends AbstractMojo {

    /** Runs the tool; returns its exit code. */
    @FunctionalInterface
    interface Tool {
        int run(PrintStream out, PrintStream err);
    }

    /** Adds {@code --name value} to a tool's arguments when the value is set. */
    static void option(List<String> args, String name, Object value) {
        if (value != null) {
            args.add("--" + name);
            args.add(value.toString());
        }
    }

    /**
     * Runs {@code tool} and maps its exit code.
     *
     * @param what what the tool does, for the failure message, e.g. "case validation"
     * @param tool the tool
     */
    final void runTool(String what, Tool tool) throws MojoExecutionException, MojoFailureException {
        int code;
        try (PrintStream out = LogLines.to(getLog()::info); PrintStream err = LogLines.to(getLog()::error)) {
            code = tool.run(out, err);
        }
        if (code == 1) {
            throw new MojoFailureException(what + " failed; the problems are listed above");
        }
        if (code != 0) {
            throw new MojoExecutionException(what + ": wrong parameters (exit code " + code + "); see above");
        }
    }
}
