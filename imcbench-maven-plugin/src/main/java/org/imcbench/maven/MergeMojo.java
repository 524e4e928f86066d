package org.imcbench.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn imcbench:merge -Dreports=shard1/report.json,shard2/report.json}: joins the shard reports
 * of one suite into one {@code report.json}, with {@code report.html} beside it.
 */
@Mojo(name = "merge", requiresProject = false, threadSafe = true)
public final class MergeMojo extends ReportGoal {

    /** The merged report; {@code -Dout=FILE}. */
    @Parameter(property = "out", defaultValue = "${project.build.directory}/imcbench/merged/report.json")
    private File out;

    @Override
    String command() {
        return "merge";
    }

    @Override
    File output() {
        return out;
    }
}
