package org.imcbench.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.imcbench.report.ReportTool;

/**
 * A goal over {@code report.json} files that runs one {@link ReportTool} command: the reports, an
 * output and an optional image folder to inline into the HTML.
 */
abstract class ReportGoal extends ToolGoal {

    /** The {@code report.json} files, in order; {@code -Dreports=a.json,b.json}. */
    @Parameter(property = "reports", required = true)
    private List<File> reports;

    /** A folder of case images (a mirror or the image cache) to inline into the HTML; {@code -Dimages=DIR}. */
    @Parameter(property = "images")
    private File images;

    /** The {@link ReportTool} command, e.g. {@code merge}. */
    abstract String command();

    /** Where the output goes: a file or a folder, as the command wants it. */
    abstract File output();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>(List.of(command()));
        reports.forEach(report -> args.add(report.getPath()));
        args.add("--out");
        args.add(output().getPath());
        option(args, "images", images);
        runTool("imcbench:" + command(), (out, err) -> ReportTool.run(args.toArray(String[]::new), out, err));
    }
}
