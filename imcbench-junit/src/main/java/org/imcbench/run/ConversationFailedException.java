package org.imcbench.run;

/**
 * The conversation of a case could not be completed, typically because the model under test or
 * the patient simulator failed after retries. The message names the case and the provider's error.
 */
public class ConversationFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public ConversationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
