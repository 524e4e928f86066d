package org.imcbench.conversation;

import java.util.ArrayList;
import java.util.List;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.HiddenFact;
import org.imcbench.cases.SimulatedPlan;
import org.imcbench.model.ChatMessage;
import org.imcbench.model.ChatModel;
import org.imcbench.model.ChatRequest;
import org.imcbench.model.ChatResponse;

/**
 * Plays the patient of a {@link SimulatedPlan} with a chat model. The simulator is told the
 * persona, the goal and the hidden facts, and ends the conversation by writing {@link #END_MARKER}.
 * From the simulator's side the roles are swapped: the model under test speaks as {@code user},
 * the patient's own earlier turns are {@code assistant}.
 */
public final class PatientSimulator {
    /** What the simulator writes to end the conversation. */
    public static final String END_MARKER = "[[END]]";

    private final ChatModel model;
    private final double temperature;
    private final int maxTokens;

    /**
     * Creates a simulator.
     *
     * @param model the model that plays the patient
     * @param temperature its sampling temperature
     * @param maxTokens most tokens per patient turn
     */
    public PatientSimulator(ChatModel model, double temperature, int maxTokens) {
        this.model = model;
        this.temperature = temperature;
        this.maxTokens = maxTokens;
    }

    /** The simulator's system message for a case. */
    static String systemMessage(BenchmarkCase benchmarkCase, SimulatedPlan plan) {
        StringBuilder text = new StringBuilder("""
                You are role-playing a patient talking to a medical AI assistant about your clinical image. \
                Stay in character, answer in the first person in one to three sentences, and never give \
                medical advice yourself. Reveal a hidden fact only when the assistant asks about it. When \
                your goal is met or the assistant has told you what to do next, end your message with the \
                end marker.
                """);
        text.append("PERSONA: ").append(benchmarkCase.persona().description()).append('\n');
        text.append("GOAL: ").append(plan.goal()).append('\n');
        for (HiddenFact fact : benchmarkCase.persona().hiddenFacts()) {
            text.append("HIDDEN FACT [").append(String.join("|", fact.cues())).append("]: ")
                    .append(fact.fact()).append('\n');
        }
        text.append("END MARKER: ").append(END_MARKER).append('\n');
        return text.toString();
    }

    /**
     * The patient's next message given the conversation so far.
     *
     * @param systemMessage the simulator's system message
     * @param turns the turns so far, the last one from the model under test
     */
    ChatResponse nextMessage(String systemMessage, List<Turn> turns) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(systemMessage));
        for (Turn turn : turns) {
            messages.add(turn.speaker() == Speaker.MODEL
                    ? ChatMessage.user(turn.text())
                    : ChatMessage.assistant(turn.text()));
        }
        return model.chat(ChatRequest.of(messages, temperature, maxTokens));
    }
}
