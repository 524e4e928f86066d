package org.imcbench.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.imcbench.datasets.Generate;

/**
 * {@code mvn imcbench:generate}: turns a public dataset on disk (NIH ChestX-ray14, HAM10000, ISIC
 * metadata) into case files with ground truth from its labels, seeded patient profiles and the
 * dataset's licence per image, then checks them with the case validator. Runs
 * {@link org.imcbench.datasets.Generate}; see {@code docs/datasets.md}.
 *
 * <pre>
 * mvn imcbench:generate -Ddataset=chestxray14 -Dlabels=Data_Entry_2017.csv -Dboxes=BBox_List_2017.csv
 *     -Dimages=/data/nih -Dsize=500 -Dpriors=50 -Dseed=1
 * </pre>
 */
@Mojo(name = "generate", requiresProject = false, threadSafe = true)
public final class GenerateMojo extends ToolGoal {

    /** The dataset: {@code chestxray14}, {@code ham10000} or {@code isic}; {@code -Ddataset=}. */
    @Parameter(property = "dataset", required = true)
    private String dataset;

    /** Its label file, e.g. {@code Data_Entry_2017.csv}; {@code -Dlabels=}. */
    @Parameter(property = "labels", required = true)
    private File labels;

    /** Its file of boxes, e.g. {@code BBox_List_2017.csv}; {@code -Dboxes=}. */
    @Parameter(property = "boxes")
    private File boxes;

    /** The dataset root, the folder of its images; {@code -Dimages=}. */
    @Parameter(property = "images", required = true)
    private File images;

    /** Where the case files go; {@code -Dout=}. */
    @Parameter(property = "out", defaultValue = "${basedir}/src/test/resources/cases")
    private File out;

    /** How many single-image cases; {@code -Dsize=}. */
    @Parameter(property = "size", defaultValue = "100")
    private int size;

    /** How many prior-study cases; {@code -Dpriors=}. */
    @Parameter(property = "priors", defaultValue = "0")
    private int priors;

    /** The seed; {@code -Dseed=}. */
    @Parameter(property = "seed", defaultValue = "1")
    private int seed;

    /** {@code patient}, {@code clinician} or {@code mixed}; {@code -Daudience=}. */
    @Parameter(property = "audience", defaultValue = "mixed")
    private String audience;

    /** The licence of the images, when the dataset has none (ISIC) or to override it; {@code -Dlicense=}. */
    @Parameter(property = "license")
    private String license;

    /** The credit of the images, to override the dataset's; {@code -Dattribution=}. */
    @Parameter(property = "attribution")
    private String attribution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>(List.of("--dataset", dataset, "--labels", labels.getPath(), "--images",
                images.getPath(), "--out", out.getPath(), "--size", Integer.toString(size), "--priors",
                Integer.toString(priors), "--seed", Integer.toString(seed), "--audience", audience));
        option(args, "boxes", boxes);
        option(args, "license", license);
        option(args, "attribution", attribution);
        runTool("imcbench:generate", (o, e) -> Generate.run(args.toArray(String[]::new), o, e));
    }
}
