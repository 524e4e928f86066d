package org.imcbench.cases;

import java.util.Objects;

/**
 * A conversation driven by a patient-simulator model. The opening message is fixed; later patient
 * turns come from the simulator until it ends the conversation or {@code maxTurns} patient turns
 * have been played. Each case image is attached to the patient turn its
 * {@link CaseImage#shownAtTurn()} names (the opening is turn 1).
 *
 * @param opening the patient's first message
 * @param goal what the patient wants from the conversation (told to the simulator)
 * @param maxTurns the most patient turns, opening included; at least 1
 */
public record SimulatedPlan(String opening, String goal, int maxTurns) implements ConversationPlan {
    /** Checks the components. */
    public SimulatedPlan {
        Objects.requireNonNull(opening, "opening");
        goal = goal == null ? "" : goal;
        if (maxTurns < 1) {
            throw new IllegalArgumentException("maxTurns must be at least 1: " + maxTurns);
        }
    }

    @Override
    public int patientTurns() {
        return maxTurns;
    }
}
