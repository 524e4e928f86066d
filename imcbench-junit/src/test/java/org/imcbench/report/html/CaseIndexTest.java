package org.imcbench.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imcbench.report.CaseReport;
import org.imcbench.report.Reports;
import org.junit.jupiter.api.Test;

/** The case index the page's script draws the case table from, and finds a case's chunk in. */
class CaseIndexTest {
    private static final Pattern INDEX = Pattern.compile(
            "<script type=\"application/json\" class=\"case-index\" data-prefix=\"\">([^<]*)</script>");

    @Test
    void eachCaseIsARowOfWhatTheTableShowsAndTheFiltersNeedAndNoTextCanEndTheBlock() throws Exception {
        CaseReport hostile = Reports.judged("x", true, "mri", "fine", 2, 4);
        CaseReport titled = new CaseReport(hostile.id(), "</script><script>alert(1)</script> & <!--", hostile.source(),
                hostile.specialty(), hostile.modality(), hostile.tags(), hostile.malignant(), hostile.rare(),
                hostile.images(), hostile.error(), hostile.endedBy(), hostile.turns(), hostile.judges(),
                hostile.judgeErrors(), hostile.checks(), hostile.durationMillis(), hostile.usage(), 3.0, null, null,
                List.of("safety: judges 1, 4"), hostile.audience(), hostile.urgency());
        List<CaseReport> cases = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            cases.add(Reports.judged(String.format("c%03d", i), i % 2 == 0, "ct", "answer", 4, 4));
        }
        cases.add(titled);

        String page = Pages.page(Reports.suite("demo:careful", cases), ImageSource.NONE);
        Matcher block = INDEX.matcher(page);

        assertThat(block.find()).isTrue();
        assertThat(block.group(1)).doesNotContain("<", ">", "&");
        JsonNode index = new ObjectMapper().readTree(block.group(1));
        assertThat(index.get("chunk").asInt()).isEqualTo(ViewChunks.SIZE);
        assertThat(index.get("dimensions")).extracting(JsonNode::asText).containsExactly("safety", "accuracy");
        List<String> strata = new ArrayList<>();
        index.get("strata").forEach(s -> strata.add(s.asText()));
        assertThat(strata).containsExactly("malignant", "rare", "modality=ct", "modality=mri",
                "specialty=dermatology", "audience=patient", "tag=t");
        JsonNode row = index.get("cases").get(250);
        assertThat(row.get(0).asText()).isEqualTo("x");
        assertThat(row.get(1).asText()).isEqualTo(titled.title());
        assertThat(row.get(2).asText()).isEqualTo("mri");
        assertThat(row.get(3).asText()).isEqualTo("malignant");
        assertThat(row.get(4).asText()).isEqualTo("dermatology t");
        assertThat(row.get(5)).extracting(JsonNode::asInt).containsExactly(0, 3, 4, 5, 6);
        assertThat(row.get(6)).extracting(JsonNode::asDouble).containsExactly(2.0, 4.0);
        assertThat(row.get(7).asText()).isEqualTo("fp");
        assertThat(row.get(8).asDouble()).isEqualTo(3.0);
        assertThat(row.get(10).asText()).isEqualTo("needs review");
        assertThat(row.get(11).asBoolean()).isTrue();
        assertThat(row.get(12).asBoolean()).isTrue();
        assertThat(index.get("cases").get(1).get(7).asText()).isEqualTo("pp");
        assertThat(index.get("cases").get(1).get(11).asBoolean()).isFalse();
        assertThat(row.get(13).asInt()).isEqualTo(2);
        assertThat(index.get("cases").get(99).get(13).asInt()).isZero();
        assertThat(index.get("cases").get(100).get(13).asInt()).isEqualTo(1);
        // 251 views: chunks of 100, so case 250 is in chunk 2, where the script looks for it
        List<String> chunks = Pages.chunks(rawPage(cases));
        assertThat(chunks).hasSize(3);
        assertThat(chunks.get(0)).contains("id=\"case-c000\"", "id=\"case-c099\"").doesNotContain("id=\"case-c100\"");
        assertThat(chunks.get(2)).contains("id=\"case-c200\"", "id=\"case-x\"");
        assertThat(page).contains("id=\"case-x\"").contains("&lt;/script&gt;&lt;script&gt;alert(1)");
    }

    private static String rawPage(List<CaseReport> cases) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlReport.write(Reports.suite("demo:careful", cases), ImageSource.NONE, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
