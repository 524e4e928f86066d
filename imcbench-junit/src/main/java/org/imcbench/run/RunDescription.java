package org.imcbench.run;

import java.util.List;
import java.util.Map;

/**
 * What a run used, for reports: the models by name (never with secrets), the jury and the
 * thresholds, and whether anything in it was simulated.
 *
 * @param model the model under test
 * @param patientModel the patient simulator
 * @param judges the judges of the jury
 * @param rubric the rubric id
 * @param thresholds minimum jury score per dimension
 * @param concurrency how many cases ran at once
 * @param simulatedModel whether the model under test is the built-in simulated clinician
 * @param simulatedJury whether any judge is offline or simulated
 */
public record RunDescription(String model, String patientModel, List<String> judges, String rubric,
        Map<String, Double> thresholds, int concurrency, boolean simulatedModel, boolean simulatedJury) {

    /** Copies the collections. */
    public RunDescription {
        judges = List.copyOf(judges);
        thresholds = Map.copyOf(thresholds);
    }

    /** A sentence for reports when anything was simulated, else empty. */
    public String simulationNotice() {
        if (!simulatedModel && !simulatedJury) {
            return "";
        }
        String what = simulatedModel && simulatedJury ? "model under test and the jury are"
                : simulatedModel ? "model under test is" : "jury is";
        return "SIMULATED: the " + what + " simulated (built-in demo provider / offline checklist judge); "
                + "these scores say nothing about any real model.";
    }
}
