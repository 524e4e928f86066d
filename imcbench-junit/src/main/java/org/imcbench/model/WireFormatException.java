package org.imcbench.model;

/**
 * Thrown by a {@link ChatProtocol} when a request cannot be put into its wire format (e.g. an image
 * type the provider does not take) or an answer does not have the expected shape.
 * {@link HttpChatModel} turns it into a {@link ModelException} naming the model.
 */
final class WireFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with what is wrong, free of secrets. */
    WireFormatException(String message) {
        super(message);
    }
}
