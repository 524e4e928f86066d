package org.imcbench.report;

import java.util.List;
import java.util.Map;
import org.imcbench.jury.Aggregation;

/**
 * What a run used. Names only: API keys are never part of a model name.
 *
 * @param model the model under test
 * @param patientModel the patient simulator
 * @param judges the judges
 * @param rubric the rubric id
 * @param thresholds minimum jury score per dimension
 * @param concurrency cases run at once
 * @param aggregation how judges' scores were combined (in JSON {@code MEAN}, {@code MEDIAN}, {@code TRIMMED_MEAN})
 * @param samples how many times each judge scored each case
 * @param minJudges fewest valid judges a verdict needed
 */
public record RunReport(String model, String patientModel, List<String> judges, String rubric,
        Map<String, Double> thresholds, int concurrency, Aggregation aggregation, int samples, int minJudges) {
}
