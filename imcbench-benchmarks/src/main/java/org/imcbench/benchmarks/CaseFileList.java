package org.imcbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The case files directly in a folder of generated (or starter) cases: its {@code *.json} files but the suite file
 * ({@code *.suite.json}), sorted. No JSON library is loaded here, so that the discovery floor's JVM
 * ({@link FloorEngine}) loads no more than it measures.
 */
final class CaseFileList {
    private CaseFileList() {
    }

    /** The case files of {@code folder}, sorted by path. */
    static List<Path> of(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(CaseFileList::isCaseFile).sorted().toList();
        }
    }

    private static boolean isCaseFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.endsWith(".suite.json");
    }
}
