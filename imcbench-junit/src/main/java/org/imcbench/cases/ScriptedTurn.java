package org.imcbench.cases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One fixed patient (or clinician) message of a scripted plan.
 *
 * @param text the message
 * @param rois ids of the regions of interest the message refers to; the runner tells the model where
 *     they are
 * @param zoom the id of a region to attach a zoomed-in crop of, if any
 */
public record ScriptedTurn(String text, List<String> rois, Optional<String> zoom) {
    /** Copies the list and checks the components. */
    public ScriptedTurn {
        Objects.requireNonNull(text, "text");
        rois = List.copyOf(rois);
        Objects.requireNonNull(zoom, "zoom");
    }

    /** A plain message with no region reference. */
    public static ScriptedTurn of(String text) {
        return new ScriptedTurn(text, List.of(), Optional.empty());
    }
}
