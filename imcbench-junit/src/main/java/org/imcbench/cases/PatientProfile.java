package org.imcbench.cases;

import java.util.List;
import java.util.Map;

/**
 * The synthetic patient's EHR context: what the model under test is told about the patient.
 *
 * @param age age in years, or {@code null} if not given
 * @param sex sex as recorded, or {@code null}
 * @param history past medical history entries
 * @param medications current medications
 * @param allergies known allergies
 * @param vitals vital signs by name (e.g. {@code "BP": "128/82 mmHg"})
 * @param labs laboratory results by name
 * @param notes free-text notes, or {@code null}
 */
public record PatientProfile(
        Integer age,
        String sex,
        List<String> history,
        List<String> medications,
        List<String> allergies,
        Map<String, String> vitals,
        Map<String, String> labs,
        String notes) {

    /** Copies the collections; absent ones become empty. */
    public PatientProfile {
        history = history == null ? List.of() : List.copyOf(history);
        medications = medications == null ? List.of() : List.copyOf(medications);
        allergies = allergies == null ? List.of() : List.copyOf(allergies);
        vitals = vitals == null ? Map.of() : Map.copyOf(vitals);
        labs = labs == null ? Map.of() : Map.copyOf(labs);
    }
}
