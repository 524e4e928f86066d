package org.imcbench.datasets;

import java.util.Objects;
import org.imcbench.cases.PatientProfile;
import org.imcbench.cases.Persona;

/**
 * A synthetic patient drawn for one image.
 *
 * @param profile the EHR context the model under test sees
 * @param persona what only the patient side knows
 * @param complaint the presenting complaint in the patient's words
 */
public record GeneratedPatient(PatientProfile profile, Persona persona, String complaint) {
    /** Checks the components. */
    public GeneratedPatient {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(complaint, "complaint");
    }
}
