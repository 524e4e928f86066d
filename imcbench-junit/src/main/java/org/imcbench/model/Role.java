package org.imcbench.model;

/** Who speaks a {@link ChatMessage}: instructions, the user side, or the model. */
public enum Role {
    /** Instructions and context for the model (the EHR context for the model under test). */
    SYSTEM,
    /** The patient or clinician side of the conversation. */
    USER,
    /** The model's own earlier answers. */
    ASSISTANT
}
