package org.imcbench.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.imcbench.report.ReportTool;

/**
 * {@code mvn imcbench:review-sheet -Dreport=target/imcbench/ReleaseGateTest/report.json}: writes the clinician
 * review sheet of a run — the cases flagged for human review and a seeded sample of the others — as the CSV
 * {@code imcbench.jury.annotations} reads once clinicians have filled in the scores.
 */
@Mojo(name = "review-sheet", requiresProject = false, threadSafe = true)
public final class ReviewSheetMojo extends ToolGoal {

    /** The run's {@code report.json}; {@code -Dreport=FILE}. */
    @Parameter(property = "report", required = true)
    private File report;

    /** The sheet; {@code -Dout=FILE}. */
    @Parameter(property = "out", defaultValue = "${project.build.directory}/imcbench/review-sheet.csv")
    private File out;

    /** How many cases not flagged for review to add at random; {@code -Dsample=N}. */
    @Parameter(property = "sample")
    private Integer sample;

    /** The seed of that random draw; {@code -Dseed=S}. */
    @Parameter(property = "seed")
    private Long seed;

    /** The clinicians, one row per rater; {@code -Draters=a,b}. */
    @Parameter(property = "raters")
    private String raters;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>(List.of("review-sheet", report.getPath(), "--out", out.getPath()));
        option(args, "sample", sample);
        option(args, "seed", seed);
        option(args, "raters", raters);
        runTool("imcbench:review-sheet", (stdout, stderr) -> ReportTool.run(args.toArray(String[]::new), stdout,
                stderr));
    }
}
