package org.imcbench.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn imcbench:compare -Dreports=baseline/report.json,candidate/report.json}: writes
 * {@code leaderboard.json} and {@code leaderboard.html}, the later reports compared with the first.
 */
@Mojo(name = "compare", requiresProject = false, threadSafe = true)
public final class CompareMojo extends ReportGoal {

    /** The folder for the leaderboard; {@code -Dout=DIR}. */
    @Parameter(property = "out", defaultValue = "${project.build.directory}/imcbench/leaderboard")
    private File out;

    @Override
    String command() {
        return "compare";
    }

    @Override
    File output() {
        return out;
    }
}
