package org.imcbench.cases;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Which files are case files. */
public final class CaseFiles {
    private static final String SUITE_SUFFIX = ".suite.json";
    private static final int SNIFF_BYTES = 1 << 20;

    private CaseFiles() {
    }

    /**
     * Tells whether a file name names a case file: it ends with {@code .json} (one case) or
     * {@code .jsonl} (one case per line), does not end with {@code .suite.json} and does not start
     * with a dot.
     *
     * @param fileName the file name, without directories (a path is reduced to its last segment)
     * @return whether the file is a case file
     */
    public static boolean isCaseFile(String fileName) {
        if (fileName == null) {
            return false;
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return (name.endsWith(".json") || name.endsWith(".jsonl")) && !name.endsWith(SUITE_SUFFIX)
                && !name.startsWith(".");
    }

    /** Tells whether a file name names a suite file ({@code <name>.suite.json}). */
    public static boolean isSuiteFile(String fileName) {
        return fileName != null && fileName.endsWith(SUITE_SUFFIX) && !fileName.startsWith(".");
    }

    /**
     * Tells whether a file found by scanning (a classpath root or package, where other JSON files
     * live too) is a case file: its name passes {@link #isCaseFile(String)} and its content has a
     * {@code "groundTruth"} member (within its first megabyte). Files named explicitly are always
     * loaded, so that a malformed case is reported rather than skipped.
     *
     * @param fileName the file name or resource name
     * @param location where to read the content from
     * @return whether the file looks like a case file
     */
    public static boolean looksLikeCase(String fileName, Supplier<URI> location) {
        if (!isCaseFile(fileName)) {
            return false;
        }
        try (InputStream in = location.get().toURL().openStream()) {
            return new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8).contains("\"groundTruth\"");
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
