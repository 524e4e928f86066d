package org.imcbench.benchmarks;

/**
 * Who a call to the {@link LatencyEndpoint} is for: a judge (its request asks for the verdict schema
 * in {@code response_format}, or it names promptfoo's grader {@value #GRADER_MODEL}), the patient
 * simulator (model name {@value #PATIENT_MODEL}) or otherwise the model under test.
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
    /**
     * The model name of promptfoo's {@code llm-rubric} grader in the promptfoo comparison: a judge call,
     * answered with the grade JSON that assertion expects.
     */
    public static final String GRADER_MODEL = "bench-grader";
}
