package org.imcbench.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.imcbench.cases.Audience;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.CaseImage;
import org.imcbench.cases.ConversationPlan;
import org.imcbench.cases.Finding;
import org.imcbench.cases.GroundTruth;
import org.imcbench.cases.HiddenFact;
import org.imcbench.cases.PatientProfile;
import org.imcbench.cases.Persona;
import org.imcbench.cases.ScriptedPlan;
import org.imcbench.cases.SimulatedPlan;
import org.imcbench.model.ChatMessage;
import org.imcbench.model.ImagePart;
import org.imcbench.model.ModelException;
import org.imcbench.model.Role;
import org.imcbench.testing.ScriptedChatModel;
import org.junit.jupiter.api.Test;

class ConversationRunnerTest {
    private static final ImagePart IMAGE = new ImagePart(new byte[] {1, 2, 3}, "image/png", "ab".repeat(32));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void scriptedPlanPlaysEveryTurnInOrderWithEhrContextAndImageFirst() {
        ScriptedChatModel model = new ScriptedChatModel("model", "First answer.", "Second answer.");
        ConversationRunner runner = runner(model, new ScriptedChatModel("patient"));

        Transcript transcript = runner.run(caseWith(ScriptedPlan.of("Is this mole bad?", "It bled.")),
                List.of(IMAGE));

        assertThat(transcript.turns()).extracting(Turn::number, Turn::speaker, Turn::text).containsExactly(
                tuple(1, Speaker.PATIENT, "Is this mole bad?"),
                tuple(2, Speaker.MODEL, "First answer."),
                tuple(3, Speaker.PATIENT, "It bled."),
                tuple(4, Speaker.MODEL, "Second answer."));
        assertThat(transcript.endedBy()).isEqualTo("script");
        assertThat(transcript.turns().get(0).imageSha256s()).containsExactly(IMAGE.sha256());
        assertThat(transcript.turns().get(2).imageSha256s()).isEmpty();
        assertThat(transcript.usage()).isEqualTo(ScriptedChatModel.USAGE.plus(ScriptedChatModel.USAGE));

        List<ChatMessage> secondRequest = model.requests().get(1).messages();
        assertThat(secondRequest).extracting(ChatMessage::role)
                .containsExactly(Role.SYSTEM, Role.USER, Role.ASSISTANT, Role.USER);
        assertThat(secondRequest.get(0).text()).contains("Age: 61", "Allergies: penicillin");
        assertThat(secondRequest.get(1).images()).containsExactly(IMAGE);
        assertThat(secondRequest.get(3).images()).isEmpty();
    }

    @Test
    void aClinicianCaseIsFramedAsAConversationWithAClinician() {
        BenchmarkCase patientCase = caseWith(ScriptedPlan.of("What is this lesion?"));
        BenchmarkCase clinicianCase = new BenchmarkCase(patientCase.id(), patientCase.title(), patientCase.specialty(),
                patientCase.modality(), patientCase.tags(), patientCase.malignant(), patientCase.rare(),
                Audience.CLINICIAN, patientCase.urgency(), patientCase.language(), patientCase.provenance(),
                patientCase.guidance(), patientCase.images(),
                patientCase.patient(), patientCase.persona(), patientCase.groundTruth(), patientCase.plan(),
                patientCase.source(), patientCase.locations());
        ScriptedChatModel model = new ScriptedChatModel("model", "An answer.");
        ConversationRunner runner = runner(model, new ScriptedChatModel("patient"));

        Transcript transcript = runner.run(clinicianCase, List.of(IMAGE));

        assertThat(transcript.turns()).extracting(Turn::speaker).containsExactly(Speaker.CLINICIAN, Speaker.MODEL);
        assertThat(model.requests().get(0).messages().get(0).text())
                .startsWith("You are a medical AI assistant in a conversation with a clinician who shares a patient's");
    }

    @Test
    void simulatedPlanEndsWhenThePatientWritesTheEndMarker() {
        ScriptedChatModel model = new ScriptedChatModel("model", "How long have you had it?", "Please see a doctor.");
        ScriptedChatModel patient = new ScriptedChatModel("patient", "About three months.",
                "Thank you, I will. " + PatientSimulator.END_MARKER);
        ConversationRunner runner = runner(model, patient);

        Transcript transcript = runner.run(caseWith(new SimulatedPlan("I have a spot.", "get advice", 5)),
                List.of(IMAGE));

        assertThat(transcript.turns()).extracting(Turn::speaker, Turn::text).containsExactly(
                tuple(Speaker.PATIENT, "I have a spot."),
                tuple(Speaker.MODEL, "How long have you had it?"),
                tuple(Speaker.PATIENT, "About three months."),
                tuple(Speaker.MODEL, "Please see a doctor."),
                tuple(Speaker.PATIENT, "Thank you, I will."));
        assertThat(transcript.endedBy()).isEqualTo("end-marker");

        List<ChatMessage> simulatorView = patient.requests().get(0).messages();
        assertThat(simulatorView.get(0).text()).contains("PERSONA: Anxious retired teacher.",
                "HIDDEN FACT [how long|when]: About three months.", "END MARKER: [[END]]");
        assertThat(simulatorView).extracting(ChatMessage::role)
                .containsExactly(Role.SYSTEM, Role.ASSISTANT, Role.USER);
        assertThat(simulatorView).allMatch(message -> message.images().isEmpty());
    }

    @Test
    void simulatedPlanStopsAtMaxTurns() {
        ScriptedChatModel model = new ScriptedChatModel("model", "A1", "A2", "A3");
        ScriptedChatModel patient = new ScriptedChatModel("patient", "P2", "P3", "P4");

        Transcript transcript = runner(model, patient).run(caseWith(new SimulatedPlan("P1", "", 2)), List.of(IMAGE));

        assertThat(transcript.turns()).extracting(Turn::text).containsExactly("P1", "A1", "P2", "A2");
        assertThat(transcript.endedBy()).isEqualTo("max-turns");
        assertThat(patient.requests()).hasSize(1);
    }

    @Test
    void aModelFailurePropagatesInsteadOfCompletingTheConversation() {
        ModelException failure = new ModelException("HTTP 500 after 4 attempts", 500, 4, null);
        ScriptedChatModel model = new ScriptedChatModel("model", "First answer.", failure);

        assertThatThrownBy(() -> runner(model, new ScriptedChatModel("patient"))
                .run(caseWith(ScriptedPlan.of("one", "two")), List.of(IMAGE)))
                .isSameAs(failure);
    }

    private static ConversationRunner runner(ScriptedChatModel model, ScriptedChatModel patient) {
        return new ConversationRunner(model, new PatientSimulator(patient, 0.7, 200), 0.0, 512, CLOCK);
    }

    private static BenchmarkCase caseWith(ConversationPlan plan) {
        return new BenchmarkCase("derm-001", "A mole", "dermatology", "dermoscopy", List.of(), true, false,
                List.of(new CaseImage("images/a.png", IMAGE.sha256(), "image/png", "CC0-1.0", "test")),
                new PatientProfile(61, "female", List.of("hypertension"), List.of("amlodipine"), List.of("penicillin"),
                        Map.of("BP", "130/80"), Map.of(), null),
                new Persona("Anxious retired teacher.",
                        List.of(new HiddenFact("duration", List.of("how long", "when"), "About three months."))),
                new GroundTruth(new Finding("melanoma", List.of()), null, null, null, null), plan,
                URI.create("file:///cases/derm-001.json"));
    }
}
