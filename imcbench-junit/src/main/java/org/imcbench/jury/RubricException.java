package org.imcbench.jury;

/**
 * A rubric document that cannot be read or is not a valid rubric. The message names the source
 * (file or resource) and the field that is wrong, e.g.
 * {@code rubric my-rubric.json: dimensions[1].anchors.3 is missing}.
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
