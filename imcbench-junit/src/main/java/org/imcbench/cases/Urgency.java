package org.imcbench.cases;

/** How soon the condition of a case needs care, as a clinician would triage it. */
public enum Urgency {
    /** Needs care now (emergency department, same hour). */
    EMERGENT,
    /** Needs care within days. */
    URGENT,
    /** Can wait for a routine appointment. */
    ROUTINE;

    /** The name used in case files: {@code emergent}, {@code urgent} or {@code routine}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
