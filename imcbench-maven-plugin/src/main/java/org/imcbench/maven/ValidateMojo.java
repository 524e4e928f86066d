package org.imcbench.maven;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.imcbench.cases.Validate;

/**
 * {@code mvn imcbench:validate}: checks case folders without running a model, printing every problem
 * of every file (file, line, column, JSON pointer), and fails the build when there is one. A folder is
 * a directory or {@code classpath:dir}, looked up on the project's test class path (so
 * {@code classpath:cases} is {@code src/test/resources/cases} after {@code test-compile}, and
 * {@code classpath:imcbench/starter/core} the shipped starter suite). Image settings come from
 * {@code -Dimcbench.images.*}, as in a test run.
 */
@Mojo(name = "validate", requiresProject = false, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public final class ValidateMojo extends ToolGoal {

    /** The case folders: directories or {@code classpath:dir}; {@code -Dcases=a,b}. */
    @Parameter(property = "cases", defaultValue = "${basedir}/src/test/resources/cases")
    private List<String> cases;

    /** The project's test class path, for {@code classpath:} folders (and only it, not the plugin's own). */
    @Parameter(defaultValue = "${project.testClasspathElements}", readonly = true)
    private List<String> testClasspath;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls(), ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            runTool("case validation", (out, err) -> Validate.run(cases, out, err));
        } catch (IOException e) {
            throw new MojoExecutionException("could not close the test class path", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private URL[] urls() throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        for (String element : testClasspath == null ? List.<String>of() : testClasspath) {
            try {
                urls.add(new File(element).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new MojoExecutionException("test class path element " + element + " is not a path", e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
