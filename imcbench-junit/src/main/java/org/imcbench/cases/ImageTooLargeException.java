package org.imcbench.cases;

import java.io.IOException;

/** A download was refused because the response is larger than the size bound. */
public final class ImageTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message names the URL and the bound
     */
    public ImageTooLargeException(String message) {
        super(message);
    }
}
