package org.imcbench.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.CaseLoader;
import org.imcbench.model.ChatMessage;
import org.imcbench.model.ChatRequest;
import org.imcbench.model.ImagePart;
import org.imcbench.testing.ScriptedChatModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A case's {@code provenance} and {@code guidance} are for reviewers: a case file that has them is
 * played, scripted and simulated and in every ablation, against recording models, and no request to
 * the model under test or to the patient simulator carries their words, while the patient record and
 * the persona (which must be sent) do arrive.
 */
class ReviewerFieldsNeverSentTest {
    private static final String PROVENANCE = "HAM10000 record ISIC_0024310, dataset label mel (histopathology)";
    private static final String GUIDANCE = "NICE NG12 1.7.2 suspected cancer pathway referral";
    private static final ImagePart IMAGE = new ImagePart(new byte[] {1, 2, 3}, "image/png", "ab".repeat(32));
    private static final String SCRIPTED = """
            {"type": "scripted", "turns": ["Is this mole bad?", "It bled last week."]}""";
    private static final String SIMULATED = """
            {"type": "simulated", "opening": "I have a spot.", "goal": "find out what to do", "maxTurns": 3}""";

    @ParameterizedTest
    @ValueSource(strings = {"full", "no-image", "no-ehr", "no-image+no-ehr"})
    void noRequestCarriesProvenanceOrGuidance(String ablationName) {
        Ablation ablation = ablationName.equals("full") ? Ablation.NONE : Ablation.parse(ablationName);
        for (String plan : List.of(SCRIPTED, SIMULATED)) {
            ScriptedChatModel model = new ScriptedChatModel("model", "How long have you had it?", "See a doctor.",
                    "Please book soon.");
            ScriptedChatModel patient = new ScriptedChatModel("patient", "About three months.", "It bled too.");
            ConversationRunner runner = new ConversationRunner(model, new PatientSimulator(patient, 0.7, 200), 0.0,
                    512, Clock.fixed(Instant.parse("2026-12-06T04:00:00Z"), ZoneOffset.UTC));

            runner.run(caseWith(plan), List.of(IMAGE), ablation);

            List<String> toModel = texts(model.requests());
            List<String> toPatient = texts(patient.requests());
            assertThat(toModel).as("requests to the model under test").isNotEmpty();
            if (!ablation.noEhr()) {
                assertThat(String.join("\n", toModel)).contains("Fair skin, works outdoors.");
            }
            if (plan.equals(SIMULATED)) {
                assertThat(String.join("\n", toPatient)).contains("Worried gardener.", "I noticed it in spring.");
            }
            assertThat(Stream.concat(toModel.stream(), toPatient.stream()))
                    .noneMatch(text -> text.contains("HAM10000") || text.contains("ISIC_0024310")
                            || text.contains("NICE") || text.contains("suspected cancer pathway"));
        }
    }

    private static List<String> texts(List<ChatRequest> requests) {
        return requests.stream().flatMap(request -> request.messages().stream()).map(ChatMessage::text).toList();
    }

    private static BenchmarkCase caseWith(String plan) {
        String json = """
                {
                  "id": "derm-provenance-001",
                  "title": "A changing mole",
                  "provenance": "%s",
                  "guidance": ["%s"],
                  "images": [{"uri": "images/a.png", "sha256": "%s", "mediaType": "image/png",
                              "license": "CC0-1.0", "attribution": "test",
                              "description": "a dark mole on my arm"}],
                  "patient": {"age": 61, "sex": "female", "notes": "Fair skin, works outdoors."},
                  "persona": {"description": "Worried gardener.",
                              "hiddenFacts": [{"topic": "onset", "cues": ["how long"],
                                               "fact": "I noticed it in spring."}]},
                  "groundTruth": {"diagnosis": {"label": "melanoma", "patterns": ["melanoma"]}},
                  "plan": %s
                }""".formatted(PROVENANCE, GUIDANCE, IMAGE.sha256(), plan);
        BenchmarkCase benchmarkCase = new CaseLoader().parse(json, "derm-provenance-001.json",
                URI.create("file:///cases/derm-provenance-001.json"));
        assertThat(benchmarkCase.provenance()).contains(PROVENANCE);
        assertThat(benchmarkCase.guidance()).containsExactly(GUIDANCE);
        return benchmarkCase;
    }
}
