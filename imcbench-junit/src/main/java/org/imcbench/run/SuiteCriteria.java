package org.imcbench.run;

import java.util.Objects;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.SettingKeys;
import org.imcbench.config.Settings;
import org.imcbench.jury.Rubric;
import org.imcbench.jury.Rubrics;

/**
 * What a suite's verdicts are measured against, read once from its configuration when the suite is
 * discovered: the rubric ({@code imcbench.rubric}), the minimum per dimension ({@code imcbench.threshold.*})
 * and the suite's gates ({@code imcbench.gate.*}, {@code imcbench.baseline}). The test tree is named after
 * them and the run uses the same objects.
 *
 * @param rubric the rubric cases are judged on
 * @param thresholds the minimum jury score per dimension
 * @param gates the suite-level gates
 */
public record SuiteCriteria(Rubric rubric, Thresholds thresholds, SuiteGates gates) {

    /** Checks that every component is present. */
    public SuiteCriteria {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(gates, "gates");
    }

    /**
     * Reads the criteria of a configuration, after checking that its every {@code imcbench.*} key is a
     * setting ({@link SettingKeys}) and that the run-wide settings (concurrency, shard, deadline, case size) are valid, so a
     * suite with a misspelt or bad key stops before any case runs.
     *
     * @throws org.imcbench.config.ConfigException for an unknown key, a bad threshold or gate key
     * @throws IllegalArgumentException for a rubric that cannot be read, or a baseline report that cannot
     */
    public static SuiteCriteria read(ImcBenchConfig config) {
        SettingKeys.check(config);
        config.get(Settings.CONCURRENCY);
        config.find(Settings.RUN_DEADLINE);
        config.find(Settings.SHARD);
        config.get(Settings.CASES_MAX_BYTES);
        Rubric rubric = Rubrics.resolve(config.get(Settings.RUBRIC));
        return new SuiteCriteria(rubric, Thresholds.from(config, rubric), SuiteGates.from(config, rubric));
    }
}
