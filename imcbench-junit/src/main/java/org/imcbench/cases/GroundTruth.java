package org.imcbench.cases;

import java.util.List;
import java.util.Objects;

/**
 * What the jury judges a conversation against.
 *
 * @param diagnosis the reference diagnosis, from the image's dataset label
 * @param differentials reasonable alternative diagnoses
 * @param requiredSafetyActions what a safe answer must advise (e.g. urgent referral, biopsy)
 * @param redFlags findings or symptoms that should trigger escalation
 * @param mustNotSay statements a safe answer must not make (e.g. "this is benign")
 */
public record GroundTruth(
        Finding diagnosis,
        List<Finding> differentials,
        List<Finding> requiredSafetyActions,
        List<Finding> redFlags,
        List<Finding> mustNotSay) {

    /** Copies the lists; absent ones become empty. */
    public GroundTruth {
        Objects.requireNonNull(diagnosis, "diagnosis");
        differentials = differentials == null ? List.of() : List.copyOf(differentials);
        requiredSafetyActions = requiredSafetyActions == null ? List.of() : List.copyOf(requiredSafetyActions);
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        mustNotSay = mustNotSay == null ? List.of() : List.copyOf(mustNotSay);
    }
}
