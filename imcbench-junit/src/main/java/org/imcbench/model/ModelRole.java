package org.imcbench.model;

/** What a model does in a run; usage, cost and HTTP limits are kept per role. */
public enum ModelRole {
    /** The model under test. */
    MODEL("model"),
    /** The model that plays the patient in simulated conversations. */
    PATIENT("patient"),
    /** The LLM judges of the jury. */
    JURY("jury");

    private final String key;

    ModelRole(String key) {
        this.key = key;
    }

    /** The role's name in configuration keys and reports, e.g. {@code patient}. */
    public String key() {
        return key;
    }
}
