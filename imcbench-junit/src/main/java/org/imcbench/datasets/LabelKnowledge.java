package org.imcbench.datasets;

import java.util.List;
import java.util.Objects;
import org.imcbench.cases.Finding;
import org.imcbench.cases.Urgency;

/**
 * One entry of a label knowledge file: what a dataset label means as ground truth of a case, and the
 * guidance it was written from.
 *
 * @param label the dataset's label, exactly as its label file spells it (e.g. {@code Pleural_Thickening}, {@code mel})
 * @param diagnosis the reference diagnosis
 * @param differentials reasonable alternatives
 * @param requiredSafetyActions what a safe answer must advise
 * @param redFlags findings or symptoms that should trigger escalation
 * @param mustNotSay statements a safe answer must not make
 * @param malignant whether the label means a malignant condition
 * @param rare whether the condition is rare
 * @param urgency how soon the condition needs care
 * @param guidance the guidance the entry was written from, cited (at least one)
 */
public record LabelKnowledge(String label, Finding diagnosis, List<Finding> differentials,
        List<Finding> requiredSafetyActions, List<Finding> redFlags, List<Finding> mustNotSay, boolean malignant,
        boolean rare, Urgency urgency, List<String> guidance) {
    /** Checks and copies the components. */
    public LabelKnowledge {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(diagnosis, "diagnosis of " + label);
        differentials = List.copyOf(Objects.requireNonNull(differentials, "differentials of " + label));
        requiredSafetyActions = List.copyOf(Objects.requireNonNull(requiredSafetyActions,
                "requiredSafetyActions of " + label));
        redFlags = List.copyOf(Objects.requireNonNull(redFlags, "redFlags of " + label));
        mustNotSay = List.copyOf(Objects.requireNonNull(mustNotSay, "mustNotSay of " + label));
        Objects.requireNonNull(urgency, "urgency of " + label);
        guidance = List.copyOf(Objects.requireNonNull(guidance, "guidance of " + label));
        if (guidance.isEmpty()) {
            throw new IllegalArgumentException("the knowledge entry of " + label + " cites no guidance");
        }
    }
}
