package org.imcbench.cases;

import java.util.Objects;

/**
 * A region of interest of a case image: a box in normalized coordinates (0..1 of the width and
 * height, origin top left) that scripted turns refer to by id and may zoom in on.
 *
 * @param id unique within the case, e.g. {@code nodule}
 * @param label what the region shows, for authors and reports (never sent to the model under test)
 * @param x0 left edge
 * @param y0 top edge
 * @param x1 right edge, greater than {@code x0}
 * @param y1 bottom edge, greater than {@code y0}
 */
public record Roi(String id, String label, double x0, double y0, double x1, double y1) {
    /** Checks the components: edges within 0..1, right of left, below top. */
    public Roi {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (x0 < 0 || y0 < 0 || x1 > 1 || y1 > 1 || x0 >= x1 || y0 >= y1) {
            throw new IllegalArgumentException("ROI box must satisfy 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1: "
                    + x0 + ", " + y0 + ", " + x1 + ", " + y1);
        }
    }
}
