package org.imcbench.cases;

/** How the patient side of a conversation is played: fixed turns or a simulated patient. */
public sealed interface ConversationPlan permits ScriptedPlan, SimulatedPlan {
    /** The most patient turns the plan can play; images are shown at one of them. */
    int patientTurns();
}
