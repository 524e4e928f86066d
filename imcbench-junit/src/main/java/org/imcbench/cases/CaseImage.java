package org.imcbench.cases;

import java.util.Objects;

/**
 * An image of a case, content-addressed by its SHA-256.
 *
 * @param uri a path relative to the case file, {@code classpath:...} or an {@code https:} URL
 * @param sha256 lower-case hex SHA-256 of the exact bytes
 * @param mediaType e.g. {@code image/jpeg}
 * @param license SPDX id or licence reference of the image
 * @param attribution who to credit, as the source asks
 */
public record CaseImage(String uri, String sha256, String mediaType, String license, String attribution) {
    /** Checks that every component is present. */
    public CaseImage {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(attribution, "attribution");
    }
}
