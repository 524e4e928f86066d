package org.imcbench.conversation;

/** Who said a {@link Turn}. */
public enum Speaker {
    /** The patient (or clinician) side: scripted or simulated. */
    PATIENT,
    /** The model under test. */
    MODEL
}
