package org.imcbench.cases;

/**
 * An image was read but does not fit its case: its hash, media type or size is wrong. Unlike a
 * missing image this is a problem of the case file, reported at the image field it names.
 */
final class ImageRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the image field the problem is about, e.g. {@code sha256}
     * @param problem what is wrong, in words
     */
    ImageRejectedException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    /** The image field the problem is about. */
    String field() {
        return field;
    }
}
