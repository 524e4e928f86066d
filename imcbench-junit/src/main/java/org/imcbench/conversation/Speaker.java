package org.imcbench.conversation;

import org.imcbench.cases.Audience;

/** Who said a {@link Turn}. */
public enum Speaker {
    /** The patient, in a case whose audience is a patient: scripted or simulated. */
    PATIENT,
    /** The clinician, in a case whose audience is a clinician: scripted or simulated. */
    CLINICIAN,
    /** The model under test. */
    MODEL;

    /** Who talks to the model in a case for the given audience. */
    public static Speaker askingFor(Audience audience) {
        return audience == Audience.CLINICIAN ? CLINICIAN : PATIENT;
    }
}
