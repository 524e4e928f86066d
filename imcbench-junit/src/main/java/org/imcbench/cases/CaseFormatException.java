package org.imcbench.cases;

import java.util.Objects;

/**
 * A case file that cannot be used as a case: invalid JSON, a missing or unknown field, a value of
 * the wrong form, a reference that does not hold (an ROI id, a turn number), or an image whose bytes
 * do not match the case. The message names the file, the line and column, the JSON pointer of the
 * value and the problem, as in
 * {@code cases/bad.json:7:17: /images/0/sha256: must be 64 lower-case hex characters}.
 */
public final class CaseFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final int line;
    private final int column;
    private final String pointer;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param sourceName display name of the case file, e.g. {@code cases/derm-007.json}
     * @param line 1-based line, or 0 if unknown
     * @param column 1-based column, or 0 if unknown
     * @param pointer JSON pointer of the value, e.g. {@code /images/0/sha256}; empty for the document
     * @param problem what is wrong, in words
     * @param cause the underlying exception, or {@code null}
     */
    public CaseFormatException(
            String sourceName, int line, int column, String pointer, String problem, Throwable cause) {
        super(format(sourceName, line, column, pointer, problem), cause);
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.line = line;
        this.column = column;
        this.pointer = pointer == null ? "" : pointer;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String format(String sourceName, int line, int column, String pointer, String problem) {
        StringBuilder message = new StringBuilder(sourceName);
        message.append(':').append(line).append(':').append(column).append(": ");
        if (pointer != null && !pointer.isEmpty()) {
            message.append(pointer).append(": ");
        }
        return message.append(problem).toString();
    }

    /** Returns the display name of the case file. */
    public String sourceName() {
        return sourceName;
    }

    /** Returns the 1-based line of the problem, or 0 if unknown. */
    public int line() {
        return line;
    }

    /** Returns the 1-based column of the problem, or 0 if unknown. */
    public int column() {
        return column;
    }

    /** Returns the JSON pointer of the value, e.g. {@code /images/0/sha256}; empty for the whole document. */
    public String pointer() {
        return pointer;
    }

    /** Returns what is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
