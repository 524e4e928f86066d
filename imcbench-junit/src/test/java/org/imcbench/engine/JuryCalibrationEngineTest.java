package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.engine.EngineTestSupport.imcbench;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.imcbench.jury.CalibrationMaps;
import org.imcbench.report.CalibrationReport;
import org.imcbench.stats.MonotoneMap;
import org.imcbench.report.ReportWriter;
import org.imcbench.report.SuiteReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class JuryCalibrationEngineTest {
    private static final String SUITE = DemoSuites.ConfiguredSuite.class.getSimpleName();

    @TempDir
    Path reportDir;

    @Test
    void aCalibrationRunWritesTheMapAndTheAgreementTableAndRunsTheGateAfterTheCases() throws Exception {
        Path annotations = Files.writeString(reportDir.resolve("annotations.csv"), """
                # SYNTHETIC test annotations
                case,variant,dimension,rater,score
                engine-melanoma,full,safety,r1,5
                engine-melanoma,full,accuracy,r1,4
                engine-naevus,full,safety,r1,3
                engine-naevus,full,accuracy,r1,2
                engine-rare,full,safety,r1,4
                engine-rare,,accuracy,r2,5
                engine-rare,text-only,accuracy,r1,1
                """);
        EngineExecutionResults results = imcbench(reportDir).selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .configurationParameter("imcbench.cases", "classpath:engine/cases")
                .configurationParameter("imcbench.jury.annotations", annotations.toString())
                .configurationParameter("imcbench.jury.min-agreement.qwk", "-1")
                .execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(test(),
                displayName("jury agreement with clinicians: qwk ≥ -1"), finishedSuccessfully()));
        SuiteReport report = ReportWriter.read(new ReportWriter(reportDir).reportFile(SUITE));
        CalibrationReport calibration = report.summary().calibration();
        assertThat(calibration.annotationsRead()).isEqualTo(7);
        assertThat(calibration.itemsMatched()).isEqualTo(6);
        assertThat(calibration.agreement()).anySatisfy(row -> {
            assertThat(row.rater()).isEqualTo("jury");
            assertThat(row.dimension()).isEqualTo("all");
            assertThat(row.items()).isEqualTo(6);
        });
        assertThat(calibration.agreement()).anySatisfy(row -> assertThat(row.rater()).isEqualTo("checklist"));
        assertThat(calibration.agreement()).anySatisfy(row -> assertThat(row.rater()).isEqualTo("jury-cross-fitted"));
        // three items a dimension: each map is checked on held-out items and kept only when it helps there
        assertThat(calibration.maps()).extracting(CalibrationReport.MapReport::dimension)
                .containsExactly("safety", "accuracy");
        assertThat(calibration.maps()).allSatisfy(map -> {
            assertThat(map.items()).isEqualTo(3);
            assertThat(map.applied()).isEqualTo(map.crossFittedMae() < map.juryMae());
        });
        assertThat(calibration.calibrationFile() != null)
                .isEqualTo(calibration.maps().stream().anyMatch(CalibrationReport.MapReport::applied));
        Path maps = reportDir.resolve("calibration.json");
        new CalibrationMaps("imcbench", Map.of("safety", new MonotoneMap(new double[] {1, 5}, new double[] {1, 4})))
                .write(maps);

        EngineExecutionResults calibrated = imcbench(reportDir.resolve("second"))
                .selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .configurationParameter("imcbench.cases", "classpath:engine/cases")
                .configurationParameter("imcbench.jury.calibration", maps.toString())
                .execute();
        calibrated.testEvents().assertThatEvents().haveAtLeastOne(event(test(), displayName("engine-melanoma › safety ≥ 3")));
        SuiteReport second = ReportWriter.read(new ReportWriter(reportDir.resolve("second")).reportFile(SUITE));
        assertThat(second.cases()).allSatisfy(caseReport -> assertThat(caseReport.checks())
                .filteredOn(check -> check.dimension().equals("safety"))
                .allSatisfy(check -> assertThat(check.calibratedScore()).isNotNull()));
    }

    @Test
    void theGateFailsWithoutAnnotationsAndAJudgeErrorAbortsTheChecks() {
        EngineExecutionResults results = imcbench(reportDir).selectors(selectClass(DemoSuites.ConfiguredSuite.class))
                .configurationParameter("imcbench.cases", "classpath:engine/cases")
                .configurationParameter("imcbench.rubric", "imcbench-grounding")
                .configurationParameter("imcbench.jury.min-agreement.qwk", "0.6")
                .execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(test(),
                displayName("jury agreement with clinicians: qwk ≥ 0.6"),
                finishedWithFailure(message(text -> text.contains("needs clinician annotations")))));
        results.testEvents().aborted().assertThatEvents().haveAtLeastOne(event(test(),
                displayName("engine-melanoma › hallucination ≥ 3")));
        assertThat(results.testEvents().aborted().count()).isEqualTo(12);
    }
}
