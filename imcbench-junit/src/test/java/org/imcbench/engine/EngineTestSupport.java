package org.imcbench.engine;

import java.nio.file.Path;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Builds engine test-kit requests with the settings every engine test shares. */
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
}
