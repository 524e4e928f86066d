package org.imcbench.benchmarks;

/**
 * Who a call to the {@link LatencyEndpoint} is for: the judge (its request asks for the verdict schema
 * in {@code response_format}), the patient simulator (model name {@value #PATIENT_MODEL}) or otherwise
 * the model under test.
 */
public enum EndpointRole {
    /** The model under test. */
    MODEL,
    /** The patient simulator. */
    PATIENT,
    /** An LLM judge. */
    JUDGE;

    /** The model name the harness gives the model under test. */
    public static final String MODEL_MODEL = "bench-model";
    /** The model name the harness gives the patient simulator. */
    public static final String PATIENT_MODEL = "bench-patient";
    /** The model name the harness gives the judge (the endpoint recognises judges by their schema). */
    public static final String JUDGE_MODEL = "bench-judge";
}
