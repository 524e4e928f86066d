package org.imcbench.cases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An image of a case, content-addressed by its SHA-256.
 *
 * @param uri a path relative to the case file, {@code classpath:...} or an {@code https:} URL
 * @param sha256 lower-case hex SHA-256 of the exact bytes
 * @param mediaType e.g. {@code image/jpeg}; checked against the bytes when the image is read
 * @param license SPDX id or licence reference of the image
 * @param attribution who to credit, as the source asks
 * @param role what the image is in the case, e.g. {@code current} or {@code prior}
 * @param shownAtTurn the 1-based patient turn whose message carries the image
 * @param rois the regions of interest turns may refer to
 * @param description what the picture shows in the patient's words, said instead of sending it when
 *     the image is ablated ({@code imcbench.ablations=no-image}); empty when the case gives none
 */
public record CaseImage(String uri, String sha256, String mediaType, String license, String attribution,
        String role, int shownAtTurn, List<Roi> rois, Optional<String> description) {
    /** The role of an image that does not name one. */
    public static final String CURRENT = "current";

    /** Checks every component and copies the regions. */
    public CaseImage {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(role, "role");
        if (shownAtTurn < 1) {
            throw new IllegalArgumentException("shownAtTurn must be at least 1: " + shownAtTurn);
        }
        rois = List.copyOf(rois);
        Objects.requireNonNull(description, "description");
    }

    /** An image without a description. */
    public CaseImage(String uri, String sha256, String mediaType, String license, String attribution, String role,
            int shownAtTurn, List<Roi> rois) {
        this(uri, sha256, mediaType, license, attribution, role, shownAtTurn, rois, Optional.empty());
    }

    /** A {@code current} image shown with the first message, without regions of interest. */
    public CaseImage(String uri, String sha256, String mediaType, String license, String attribution) {
        this(uri, sha256, mediaType, license, attribution, CURRENT, 1, List.of());
    }

    /** The region with this id, if the image has it. */
    public Optional<Roi> roi(String id) {
        return rois.stream().filter(roi -> roi.id().equals(id)).findFirst();
    }
}
