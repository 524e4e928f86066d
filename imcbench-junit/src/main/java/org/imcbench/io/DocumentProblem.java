package org.imcbench.io;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One problem of a data file: where it is (1-based line and column, 0 when unknown, and the JSON
 * pointer of the value, RFC 6901) and what is wrong, in words.
 *
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param pointer the JSON pointer of the value, e.g. {@code /images/0/sha256}; empty for the whole document
 * @param problem what is wrong
 */
public record DocumentProblem(int line, int column, String pointer, String problem) {
    /** Checks the components. */
    public DocumentProblem {
        line = Math.max(0, line);
        column = Math.max(0, column);
        pointer = pointer == null ? "" : pointer;
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * The problem as one line: {@code source:line:column: pointer: problem}.
     *
     * @param sourceName how the file is named, e.g. {@code cases/x.json}
     * @return the line
     */
    public String format(String sourceName) {
        StringBuilder message = new StringBuilder(sourceName);
        message.append(':').append(line).append(':').append(column).append(": ");
        if (!pointer.isEmpty()) {
            message.append(pointer).append(": ");
        }
        return message.append(problem).toString();
    }

    /**
     * The same problem about another value, at the same place.
     *
     * @param otherPointer the JSON pointer of the value the problem is about
     * @return the problem
     */
    public DocumentProblem withPointer(String otherPointer) {
        return new DocumentProblem(line, column, otherPointer, problem);
    }

    /**
     * Problems of one file, one line each.
     *
     * @param sourceName how the file is named
     * @param problems the problems, in file order
     * @return the lines, joined by {@code \n}
     */
    public static String formatAll(String sourceName, List<DocumentProblem> problems) {
        return problems.stream().map(problem -> problem.format(sourceName)).collect(Collectors.joining("\n"));
    }
}
