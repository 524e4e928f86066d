package org.imcbench.cases;

import java.util.List;

/**
 * Who the patient is and what they know but only tell when asked.
 *
 * @param description how the patient speaks and behaves
 * @param hiddenFacts facts revealed only when the model asks about them
 */
public record Persona(String description, List<HiddenFact> hiddenFacts) {
    /** Copies the facts; an absent description becomes empty. */
    public Persona {
        description = description == null ? "" : description;
        hiddenFacts = hiddenFacts == null ? List.of() : List.copyOf(hiddenFacts);
    }
}
