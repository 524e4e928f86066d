package org.imcbench.io;

import java.util.List;
import java.util.Objects;

/**
 * A data file that is not valid: every problem found in it, each located, in file order. The
 * message has one line per problem ({@link DocumentProblem#format(String)}).
 */
public final class InvalidDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final transient List<DocumentProblem> problems;

    /**
     * Creates the exception.
     *
     * @param sourceName how the file is named
     * @param problems at least one problem
     * @param cause the underlying exception, or {@code null}
     */
    public InvalidDocumentException(String sourceName, List<DocumentProblem> problems, Throwable cause) {
        super(DocumentProblem.formatAll(Objects.requireNonNull(sourceName, "sourceName"), problems), cause);
        this.sourceName = sourceName;
        this.problems = List.copyOf(problems);
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid document has at least one problem");
        }
    }

    /** Returns how the file is named. */
    public String sourceName() {
        return sourceName;
    }

    /** Returns every problem, in file order. */
    public List<DocumentProblem> problems() {
        return problems;
    }
}
