package org.imcbench.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.imcbench.report.CaseReport;
import org.imcbench.report.Reports;
import org.junit.jupiter.api.Test;

class StrataSectionTest {

    @Test
    void aStratumWithTheSameCasesAsAnEarlierOneIsNamedBesideItAndLeftOut() {
        // a, c are malignant; b is not: every case is dermatology and tagged t; modality splits a, b from c
        List<CaseReport> cases = List.of(Reports.judged("a", true, "ct", "x", 4, 4),
                Reports.judged("b", false, "ct", "x", 4, 4), Reports.judged("c", true, "mri", "x", 4, 4));

        Map<String, List<String>> sameAs = StrataSection.duplicates(cases);

        assertThat(sameAs).containsOnlyKeys("malignant", "rare", "modality=ct", "modality=mri",
                "specialty=dermatology");
        // specialty=dermatology, audience=patient and tag=t hold all three cases
        assertThat(sameAs.get("specialty=dermatology")).containsExactly("audience=patient", "tag=t");
        assertThat(sameAs.get("malignant")).isEmpty();
    }
}
