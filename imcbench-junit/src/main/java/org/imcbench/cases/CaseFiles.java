package org.imcbench.cases;

/** Which file names are case files. */
public final class CaseFiles {
    private CaseFiles() {
    }

    /**
     * Tells whether a file name names a case file: it ends with {@code .json}, does not end with
     * {@code .suite.json} and does not start with a dot.
     *
     * @param fileName the file name, without directories (a path is reduced to its last segment)
     * @return whether the file is a case file
     */
    public static boolean isCaseFile(String fileName) {
        if (fileName == null) {
            return false;
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.endsWith(".json") && !name.endsWith(".suite.json") && !name.startsWith(".");
    }
}
