package org.imcbench.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.ScriptedPlan;
import org.imcbench.cases.SimulatedPlan;
import org.imcbench.model.ChatMessage;
import org.imcbench.model.ChatModel;
import org.imcbench.model.ChatRequest;
import org.imcbench.model.ChatResponse;
import org.imcbench.model.ImagePart;
import org.imcbench.model.Usage;

/**
 * Runs one conversation between the patient side and the model under test, turn by turn, and
 * records it as a {@link Transcript}. The model under test gets the EHR context as its system
 * message and the case images with the patient's first message. A model failure propagates as
 * {@link org.imcbench.model.ModelException}: a conversation is never completed with a made-up turn.
 */
public final class ConversationRunner {
    private final ChatModel modelUnderTest;
    private final PatientSimulator patientSimulator;
    private final double temperature;
    private final int maxTokens;
    private final Clock clock;

    /**
     * Creates a runner.
     *
     * @param modelUnderTest the model being benchmarked
     * @param patientSimulator plays the patient in simulated plans
     * @param temperature sampling temperature of the model under test
     * @param maxTokens most tokens per answer of the model under test
     * @param clock the clock turn timestamps come from
     */
    public ConversationRunner(ChatModel modelUnderTest, PatientSimulator patientSimulator, double temperature,
            int maxTokens, Clock clock) {
        this.modelUnderTest = modelUnderTest;
        this.patientSimulator = patientSimulator;
        this.temperature = temperature;
        this.maxTokens = maxTokens;
        this.clock = clock;
    }

    /**
     * Runs the conversation of a case.
     *
     * @param benchmarkCase the case
     * @param images the case's images, verified, in the case's order
     */
    public Transcript run(BenchmarkCase benchmarkCase, List<ImagePart> images) {
        Conversation conversation = new Conversation(EhrContext.systemMessage(benchmarkCase.patient()), images);
        if (benchmarkCase.plan() instanceof ScriptedPlan scripted) {
            for (String message : scripted.turns()) {
                conversation.patientSays(message, Duration.ZERO, Usage.NONE, clock.instant());
                conversation.modelAnswers();
            }
            return conversation.transcript("script");
        }
        SimulatedPlan simulated = (SimulatedPlan) benchmarkCase.plan();
        String simulatorPrompt = PatientSimulator.systemMessage(benchmarkCase, simulated);
        conversation.patientSays(simulated.opening(), Duration.ZERO, Usage.NONE, clock.instant());
        conversation.modelAnswers();
        for (int patientTurns = 1; patientTurns < simulated.maxTurns(); patientTurns++) {
            Instant started = clock.instant();
            ChatResponse reply = patientSimulator.nextMessage(simulatorPrompt, conversation.turns);
            boolean ends = reply.text().contains(PatientSimulator.END_MARKER);
            String text = reply.text().replace(PatientSimulator.END_MARKER, "").strip();
            if (!text.isEmpty()) {
                conversation.patientSays(text, reply.latency(), reply.usage(), started);
            }
            if (ends) {
                return conversation.transcript("end-marker");
            }
            conversation.modelAnswers();
        }
        return conversation.transcript("max-turns");
    }

    /** The state of one running conversation: the model's message history and the turns. */
    private final class Conversation {
        private final List<ChatMessage> messages = new ArrayList<>();
        private final List<Turn> turns = new ArrayList<>();
        private final List<ImagePart> images;

        Conversation(String systemMessage, List<ImagePart> images) {
            this.messages.add(ChatMessage.system(systemMessage));
            this.images = images;
        }

        void patientSays(String text, Duration duration, Usage usage, Instant started) {
            boolean first = turns.isEmpty();
            List<ImagePart> shown = first ? images : List.of();
            messages.add(ChatMessage.user(text, shown));
            turns.add(new Turn(turns.size() + 1, Speaker.PATIENT, text,
                    shown.stream().map(ImagePart::sha256).toList(), started, duration, usage));
        }

        void modelAnswers() {
            Instant started = clock.instant();
            ChatResponse answer = modelUnderTest.chat(ChatRequest.of(messages, temperature, maxTokens));
            messages.add(ChatMessage.assistant(answer.text()));
            turns.add(new Turn(turns.size() + 1, Speaker.MODEL, answer.text(), List.of(), started,
                    answer.latency(), answer.usage()));
        }

        Transcript transcript(String endedBy) {
            return new Transcript(turns, endedBy);
        }
    }
}
