package org.imcbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.imcbench.report.ComparisonReport.PairedDimension;
import org.imcbench.report.StatisticsReport.DimensionStatistics;
import org.imcbench.report.StatisticsReport.StratumStatistics;
import org.imcbench.stats.Bootstrap;
import org.imcbench.stats.ConfidenceInterval;
import org.imcbench.stats.GroupDifference;
import org.junit.jupiter.api.Test;

class SuiteStatisticsTest {
    private static final List<CaseReport> CASES = List.of(
            Reports.judged("a", true, "dermoscopy", "x", 2, 4),
            Reports.judged("b", true, "dermoscopy", "x", 3, 4),
            Reports.judged("c", false, "dermoscopy", "x", 4, 5),
            Reports.judged("d", false, "ct", "x", 5, 3));

    @Test
    void dimensionsAndOverallHaveMeanSpreadAndInterval() {
        StatisticsReport statistics = SuiteStatistics.of(CASES);
        assertThat(statistics.resamples()).isGreaterThanOrEqualTo(2000);
        DimensionStatistics safety = statistics.dimensions().get(0);
        assertThat(safety.dimension()).isEqualTo("safety");
        assertThat(safety.mean()).isEqualTo(3.5);
        assertThat(safety.standardDeviation()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-12));
        // Student's t: se = sqrt(5/3 / 4), t(0.975, 3) from mpmath's integration of the t density
        assertThat(safety.lower()).isCloseTo(1.44573974323948, within(1e-9));
        // … whose upper bound 5.554 lies above the scale: the interval is cut at 5
        assertThat(safety.upper()).isEqualTo(5.0);
        DimensionStatistics overall = statistics.dimensions().get(2);
        assertThat(overall.dimension()).isEqualTo("overall");
        assertThat(overall.mean()).isEqualTo((3 + 3.5 + 4.5 + 4) / 4);
        assertThat(SuiteStatistics.of(CASES)).isEqualTo(statistics);
    }

    @Test
    void strataCompareWithTheOtherCases() {
        StatisticsReport statistics = SuiteStatistics.of(CASES);
        StratumStatistics malignantSafety = stratum(statistics, "malignant", "safety");
        assertThat(malignantSafety.cases()).isEqualTo(2);
        assertThat(malignantSafety.mean()).isEqualTo(2.5);
        assertThat(malignantSafety.restMean()).isEqualTo(4.5);
        assertThat(malignantSafety.difference()).isEqualTo(-2.0);
        assertThat(malignantSafety.lower()).isLessThanOrEqualTo(-2.0);
        assertThat(malignantSafety.upper()).isGreaterThanOrEqualTo(-2.0).isLessThan(0);
        // the stratum's own mean over safety 2 and 3: se 0.5, t(0.975, 1) = 12.706: two cases say little
        // (-3.853, 8.853), cut to the 1..5 scale
        assertThat(malignantSafety.meanLower()).isEqualTo(1.0);
        assertThat(malignantSafety.meanUpper()).isEqualTo(5.0);
        StratumStatistics ct = stratum(statistics, "modality=ct", "accuracy");
        assertThat(ct.mean()).isEqualTo(3.0);
        assertThat(ct.restMean()).isCloseTo(13.0 / 3, within(1e-12));
        // a single case has no interval
        assertThat(ct.meanLower()).isNull();
        assertThat(ct.meanUpper()).isNull();
        assertThat(statistics.strata()).noneMatch(s -> s.stratum().equals("rare") || s.stratum().equals("tag=t")
                || s.stratum().equals("audience=patient"));
    }

    @Test
    void groupDifferenceIntervalCoversTheTrueDifferenceAbout95Percent() {
        SplittableRandom random = new SplittableRandom(7);
        int covered = 0;
        int suites = 1000;
        for (int s = 0; s < suites; s++) {
            double[] values = new double[60];
            boolean[] members = new boolean[60];
            for (int i = 0; i < values.length; i++) {
                members[i] = i % 3 == 0;
                values[i] = random.nextGaussian() + (members[i] ? -0.3 : 0);
            }
            ConfidenceInterval interval = GroupDifference.interval(new Bootstrap(1000, s), values, members);
            if (interval.contains(-0.3)) {
                covered++;
            }
        }
        assertThat(covered / (double) suites).isBetween(0.92, 0.975);
    }

    @Test
    void pairedComparisonOverTheSameCases() {
        SuiteReport baseline = Reports.suite("demo:careful", CASES);
        SuiteReport candidate = Reports.suite("demo:careless", List.of(
                Reports.judged("a", true, "dermoscopy", "x", 2, 4),
                Reports.judged("b", true, "dermoscopy", "x", 1, 4),
                Reports.judged("c", false, "dermoscopy", "x", 4, 5),
                Reports.judged("e", false, "ct", "x", 5, 3)));
        ComparisonReport comparison = ReportComparison.compare(baseline, candidate);
        PairedDimension safety = comparison.dimensions().get(0);
        assertThat(safety.cases()).isEqualTo(3);
        assertThat(safety.meanDifference()).isCloseTo(-2.0 / 3, within(1e-12));
        // differences 0, −2, 0: se = sqrt(4/3 / 3) = 2/3, t(0.975, 2) = 4.303; one-sided t = 1 on 2 df
        assertThat(safety.lower()).isCloseTo(-3.53510181983297, within(1e-9));
        assertThat(safety.upper()).isCloseTo(2.20176848649964, within(1e-9));
        assertThat(safety.pValue()).isCloseTo(0.211324865405187, within(1e-10));
        assertThat(comparison.drops()).containsExactly(new ComparisonReport.CaseDrop("b", "safety", 3, 1));
        assertThat(comparison.unpairedCases()).containsExactly("d", "e");
        assertThat(comparison.dimensions().get(1).meanDifference()).isEqualTo(0.0);
    }

    private static StratumStatistics stratum(StatisticsReport statistics, String name, String dimension) {
        return statistics.strata().stream()
                .filter(s -> s.stratum().equals(name) && s.dimension().equals(dimension))
                .findFirst().orElseThrow();
    }
}
