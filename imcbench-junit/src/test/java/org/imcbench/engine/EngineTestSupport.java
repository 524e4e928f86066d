package org.imcbench.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Builds engine test-kit requests with the settings every engine test shares, and case folders to run. */
final class EngineTestSupport {
    private EngineTestSupport() {
    }

    /** A request to the imcbench engine writing reports (and its response cache) below {@code reportDir}. */
    static EngineTestKit.Builder imcbench(Path reportDir) {
        return imcbench(new ImcBenchTestEngine(), reportDir);
    }

    /** A request to the given imcbench engine writing reports (and its response cache) below {@code reportDir}. */
    static EngineTestKit.Builder imcbench(ImcBenchTestEngine engine, Path reportDir) {
        return EngineTestKit.engine(engine)
                .configurationParameter("imcbench.cache.dir", reportDir.resolve("cache").toString())
                .configurationParameter("imcbench.report.dir", reportDir.toString())
                .configurationParameter("imcbench.images.offline", "true")
                .configurationParameter("imcbench.images.cache", reportDir.resolve("image-cache").toString());
    }

    /**
     * Copies the engine tests' image into {@code folder}{@code /images} and returns the naevus case
     * ({@code engine/cases/naevus.json}, which shows that image) for the test to write, changed as it needs.
     */
    static ObjectNode naevusBesideItsImage(Path folder) {
        try {
            Path cases = Path.of(EngineTestSupport.class.getClassLoader().getResource("engine/cases").toURI());
            Files.createDirectories(folder.resolve("images"));
            Files.copy(cases.resolve("images/lesion.png"), folder.resolve("images/lesion.png"));
            return (ObjectNode) new ObjectMapper().readTree(cases.resolve("naevus.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
