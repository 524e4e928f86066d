package org.imcbench.cases;

/** Why one image could not be resolved; collected into a {@link MissingImagesException}. */
final class ImageUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    ImageUnavailableException(String reason) {
        super(reason);
    }

    ImageUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
