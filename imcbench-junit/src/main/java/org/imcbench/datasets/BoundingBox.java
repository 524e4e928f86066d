package org.imcbench.datasets;

import java.util.Objects;

/**
 * A box a dataset draws around a finding, in pixels of the original image (origin top left).
 *
 * @param label the finding the box is drawn around, as the dataset names it
 * @param x left edge
 * @param y top edge
 * @param width width
 * @param height height
 */
public record BoundingBox(String label, double x, double y, double width, double height) {
    /** Checks the components. */
    public BoundingBox {
        Objects.requireNonNull(label, "label");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a box needs a positive width and height: " + width + " x " + height);
        }
    }
}
