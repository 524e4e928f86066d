package org.imcbench.jury;

/**
 * A rubric document that cannot be read or is not a valid rubric. The message has one line per
 * problem, naming the source (file or resource), line, column and JSON pointer, e.g.
 * {@code my-rubric.json:9:18: /dimensions/1/anchors/3: is required}.
 */
public class RubricException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the source and the field
     * @param cause the underlying exception, or {@code null}
     */
    public RubricException(String message, Throwable cause) {
        super(message, cause);
    }
}
