package org.imcbench.io;

import java.io.IOException;

/** A file was refused, unopened, because its real path lies outside every {@link AllowedRoots} root. */
public final class OutsideRootsException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message names the file as given and the allowed folders
     */
    public OutsideRootsException(String message) {
        super(message);
    }
}
