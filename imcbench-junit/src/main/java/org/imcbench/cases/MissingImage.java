package org.imcbench.cases;

import java.util.Objects;

/**
 * A case image that could not be had, and why.
 *
 * @param caseId the id of the case that uses it
 * @param uri the image's {@code uri} as written in the case file
 * @param sha256 the expected SHA-256
 * @param reason why it is missing, e.g. a hash mismatch or "offline mode is on"
 */
public record MissingImage(String caseId, String uri, String sha256, String reason) {
    /** Checks that every component is present. */
    public MissingImage {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(reason, "reason");
    }
}
