package org.imcbench.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The floor of the discovery row: a test engine that discovers a case folder into a test tree of the shape
 * IMCBench builds (the folder, one container per case file, {@value #TESTS_PER_CASE} tests in each) and reads
 * every file's bytes, but parses nothing. What it takes on a machine is what listing and reading the files, the
 * JVM's class loading and compilation, and the JUnit Platform's descriptors and test plan take there before
 * any case is understood. Never registered for discovery ({@code META-INF/services}); the probe hands it to a
 * launcher of its own ({@link EngineProbe#FLOOR}). Executes nothing.
 */
final class FloorEngine implements TestEngine {
    /** The tests under each case in IMCBench's tree: the conversation and the three dimensions. */
    static final int TESTS_PER_CASE = 4;
    private static final String ID = "imcbench-floor";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "IMCBench discovery floor");
        for (DirectorySelector selector : request.getSelectorsByType(DirectorySelector.class)) {
            Path folder = selector.getPath();
            Node suite = new Node(uniqueId.append("folder", folder.toString()), folder.getFileName().toString(), false);
            engine.addChild(suite);
            List<Path> files = caseFiles(folder);
            List<Long> checksums = files.parallelStream().map(FloorEngine::checksum).toList();
            for (int i = 0; i < files.size(); i++) {
                String name = files.get(i).getFileName().toString();
                String id = name.substring(0, name.length() - ".json".length());
                Node benchmarkCase = new Node(suite.getUniqueId().append("case", id), id + " (" + checksums.get(i) + ")",
                        false);
                suite.addChild(benchmarkCase);
                for (int test = 1; test <= TESTS_PER_CASE; test++) {
                    benchmarkCase.addChild(new Node(benchmarkCase.getUniqueId().append("test", "t" + test),
                            "test " + test, true));
                }
            }
        }
        return engine;
    }

    /** The case files of the folder (they are read in parallel, as IMCBench reads its cases). */
    private static List<Path> caseFiles(Path folder) {
        try {
            return CaseFileList.of(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static long checksum(Path file) {
        try {
            CRC32 crc = new CRC32();
            crc.update(Files.readAllBytes(file));
            return crc.getValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public void execute(ExecutionRequest request) {
        throw new UnsupportedOperationException("the discovery floor engine only discovers");
    }

    /** A container or test of the floor's tree. */
    private static final class Node extends AbstractTestDescriptor {
        private final boolean test;

        Node(UniqueId uniqueId, String displayName, boolean test) {
            super(uniqueId, displayName);
            this.test = test;
        }

        @Override
        public Type getType() {
            return test ? Type.TEST : Type.CONTAINER;
        }
    }
}
