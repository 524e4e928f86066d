package org.imcbench.conversation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imcbench.cases.Audience;
import org.imcbench.cases.PatientProfile;

/**
 * Renders a patient's EHR context as the system message the model under test receives, framed for the
 * case's audience: a conversation with the patient, or with a clinician about their patient.
 */
public final class EhrContext {
    static final String PATIENT_INSTRUCTIONS = """
            You are a medical AI assistant in a conversation with a patient who shares clinical images. \
            The patient's electronic health record is below.""";
    static final String CLINICIAN_INSTRUCTIONS = """
            You are a medical AI assistant in a conversation with a clinician who shares a patient's clinical \
            images and asks for your assessment. The patient's electronic health record is below.""";

    private EhrContext() {
    }

    /** The system message text for the given profile, in a conversation with the given audience. */
    public static String systemMessage(PatientProfile patient, Audience audience) {
        StringBuilder text = new StringBuilder(audience == Audience.CLINICIAN ? CLINICIAN_INSTRUCTIONS
                : PATIENT_INSTRUCTIONS).append("\n\nPATIENT RECORD\n");
        if (patient.age() != null) {
            text.append("Age: ").append(patient.age()).append('\n');
        }
        if (patient.sex() != null) {
            text.append("Sex: ").append(patient.sex()).append('\n');
        }
        appendList(text, "Past medical history", patient.history());
        appendList(text, "Medications", patient.medications());
        appendList(text, "Allergies", patient.allergies());
        appendMap(text, "Vital signs", patient.vitals());
        appendMap(text, "Laboratory results", patient.labs());
        if (patient.notes() != null && !patient.notes().isBlank()) {
            text.append("Notes: ").append(patient.notes()).append('\n');
        }
        return text.toString().strip();
    }

    private static void appendList(StringBuilder text, String heading, List<String> items) {
        text.append(heading).append(": ").append(items.isEmpty() ? "none recorded" : String.join("; ", items))
                .append('\n');
    }

    private static void appendMap(StringBuilder text, String heading, Map<String, String> values) {
        String rendered = values.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining("; "));
        text.append(heading).append(": ").append(rendered.isEmpty() ? "none recorded" : rendered).append('\n');
    }
}
