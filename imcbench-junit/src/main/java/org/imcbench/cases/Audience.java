package org.imcbench.cases;

/** Who talks to the model under test in a case. */
public enum Audience {
    /** A patient asks for guidance about their own image. */
    PATIENT,
    /** A clinician discusses the image with the model. */
    CLINICIAN;

    /** The name used in case files: {@code patient} or {@code clinician}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
