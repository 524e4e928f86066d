package org.imcbench.jury;

/** A judge that could not give a usable verdict; see {@link JudgeError}. */
public class JudgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rawAnswer;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, free of secrets
     * @param rawAnswer the judge's last raw answer, or empty
     * @param cause the underlying exception, or {@code null}
     */
    public JudgeException(String message, String rawAnswer, Throwable cause) {
        super(message, cause);
        this.rawAnswer = rawAnswer == null ? "" : rawAnswer;
    }

    /** The judge's last raw answer, or empty. */
    public String rawAnswer() {
        return rawAnswer;
    }
}
