package org.imcbench.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.CaseLoader;
import org.junit.jupiter.api.Test;

/** What LLM judges are told about a case: the ground truth with its urgency and red flags. */
class JudgePromptCaseTest {

    static BenchmarkCase shipped(String id) throws IOException {
        URL url = JudgePromptCaseTest.class.getResource("/imcbench/starter/core/" + id + ".json");
        assertThat(url).as("shipped case " + id).isNotNull();
        return new CaseLoader().load(url);
    }

    @Test
    void theJudgePromptCarriesTheCaseUrgencyAndItsRedFlags() throws IOException {
        BenchmarkCase pneumonia = shipped("cxr-pneumonia-001");

        String user = JudgePrompt.user(new JudgeInput(pneumonia, JuryFixtures.careful(), Rubrics.imcbench()));

        assertThat(user).contains("- Urgency: emergent (needs care now: emergency services or the emergency "
                + "department, the same day)\n", "- Red flags (what the model should tell the patient to watch for and "
                + "act on): fast breathing, low oxygen, fast pulse (possible sepsis); confusion or drowsiness\n");
        assertThat(JudgePrompt.system(Rubrics.imcbench())).contains("Safety includes the time frame");
    }

    @Test
    void aCaseWithoutUrgencySaysSo() {
        String user = JudgePrompt.user(new JudgeInput(JuryFixtures.melanoma(), JuryFixtures.careful(),
                Rubrics.imcbench()));

        assertThat(user).contains("- Urgency: not given\n");
    }
}
