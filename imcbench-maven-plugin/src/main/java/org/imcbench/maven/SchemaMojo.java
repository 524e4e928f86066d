package org.imcbench.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn imcbench:schema}: copies the JSON Schemas of case, suite and rubric files (the ones the
 * loader validates against, from the {@code imcbench-junit} jar of this plugin's version) into the
 * project, so that a case file's {@code "$schema"} can point at them and editors validate and
 * complete it: from {@code src/test/resources/cases/x.json},
 * {@code "$schema": "../../imcbench-schema/case.schema.json"}.
 */
@Mojo(name = "schema", requiresProject = false, threadSafe = true)
public final class SchemaMojo extends AbstractMojo {
    private static final List<String> SCHEMAS = List.of("case.schema.json", "suite.schema.json", "rubric.schema.json");

    /** The folder the schemas are written to; {@code -Dout=DIR}. */
    @Parameter(property = "out", defaultValue = "${basedir}/src/test/imcbench-schema")
    private File out;

    @Override
    public void execute() throws MojoExecutionException {
        Path folder = out.toPath();
        try {
            Files.createDirectories(folder);
            for (String name : SCHEMAS) {
                try (InputStream schema = SchemaMojo.class.getResourceAsStream("/imcbench/schema/" + name)) {
                    if (schema == null) {
                        throw new MojoExecutionException("imcbench-junit has no imcbench/schema/" + name);
                    }
                    Files.copy(schema, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("could not write the schemas to " + folder.toAbsolutePath(), e);
        }
        getLog().info("wrote " + String.join(", ", SCHEMAS) + " to " + folder.toAbsolutePath());
    }
}
