package org.imcbench.faults;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The process {@link KillNineFaultTest} kills: runs one suite folder through the JUnit Platform
 * launcher, as Surefire would, against a model endpoint, with the response cache on.
 */
public final class KilledRunMain {
    private KilledRunMain() {
    }

    /**
     * Runs the suite.
     *
     * @param args the suite folder, the work folder (cache and reports), the model spec
     */
    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(args[0]))
                .configurationParameter("imcbench.cache.dir", args[1] + "/cache")
                .configurationParameter("imcbench.cache.mode", "read-write")
                .configurationParameter("imcbench.report.dir", args[1] + "/reports")
                .configurationParameter("imcbench.images.offline", "true")
                .configurationParameter("imcbench.images.cache", args[1] + "/image-cache")
                .configurationParameter("imcbench.jury.judges", "checklist")
                .configurationParameter("imcbench.concurrency", "1")
                .configurationParameter("imcbench.model", args[2])
                .build();
        LauncherFactory.create().execute(request);
    }
}
