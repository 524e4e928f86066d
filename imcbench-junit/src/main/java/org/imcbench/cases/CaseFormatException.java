package org.imcbench.cases;

import java.util.List;
import org.imcbench.io.DocumentProblem;
import org.imcbench.io.InvalidDocumentException;

/**
 * A case file that cannot be used as a case: invalid JSON, a missing or unknown field, a value of
 * the wrong form, a reference that does not hold (an ROI id, a turn number), or an image whose bytes
 * do not match the case. Every problem found in the file is reported, one line each, naming the
 * file, the line and column, the JSON pointer of the value and the problem, as in
 * {@code cases/bad.json:7:17: /images/0/sha256: must be 64 lower-case hex characters}.
 */
public final class CaseFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;
    private final transient List<DocumentProblem> problems;

    /**
     * Creates the exception for one problem.
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
        this(sourceName, List.of(new DocumentProblem(line, column, pointer, problem)), cause);
    }

    /**
     * Creates the exception for every problem of a file.
     *
     * @param sourceName display name of the case file
     * @param problems at least one problem, in file order
     * @param cause the underlying exception, or {@code null}
     */
    public CaseFormatException(String sourceName, List<DocumentProblem> problems, Throwable cause) {
        super(DocumentProblem.formatAll(sourceName, problems), cause);
        this.sourceName = sourceName;
        this.problems = List.copyOf(problems);
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid case file has at least one problem");
        }
    }

    /** The exception for the problems of an invalid document. */
    static CaseFormatException of(InvalidDocumentException invalid) {
        return new CaseFormatException(invalid.sourceName(), invalid.problems(), invalid.getCause());
    }

    /** Returns the display name of the case file. */
    public String sourceName() {
        return sourceName;
    }

    /** Returns the 1-based line of the (first) problem, or 0 if unknown. */
    public int line() {
        return problems.get(0).line();
    }

    /** Returns the 1-based column of the (first) problem, or 0 if unknown. */
    public int column() {
        return problems.get(0).column();
    }

    /** Returns the JSON pointer of the (first) problem's value; empty for the whole document. */
    public String pointer() {
        return problems.get(0).pointer();
    }

    /** Returns what is wrong (the first problem), without the location. */
    public String problem() {
        return problems.get(0).problem();
    }

    /** Returns every problem of the file, in file order; the message has one line per problem. */
    public List<DocumentProblem> problems() {
        return problems;
    }
}
