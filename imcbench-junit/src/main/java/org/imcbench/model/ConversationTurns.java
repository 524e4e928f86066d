package org.imcbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Splits a conversation the way APIs with a separate system field want it (Anthropic, Gemini,
 * Bedrock): the system text apart, the other turns in order. Those APIs reject a conversation whose
 * first turn is the model's, which is how the patient simulator's requests start (the patient's
 * opening line is its own, earlier answer); such a conversation gets a short user turn in front.
 */
final class ConversationTurns {
    /** The user turn put in front of a conversation that starts with the model's turn. */
    static final String OPENING = "(The conversation begins.)";

    private ConversationTurns() {
    }

    /** The text of every system message, joined by blank lines; empty if there is none. */
    static String systemText(ChatRequest request) {
        return request.messages().stream()
                .filter(message -> message.role() == Role.SYSTEM)
                .map(ChatMessage::text)
                .collect(Collectors.joining("\n\n"));
    }

    /** The user and assistant messages in order, starting with a user message. */
    static List<ChatMessage> turns(ChatRequest request) {
        List<ChatMessage> turns = new ArrayList<>();
        for (ChatMessage message : request.messages()) {
            if (message.role() == Role.SYSTEM) {
                continue;
            }
            if (turns.isEmpty() && message.role() == Role.ASSISTANT) {
                turns.add(ChatMessage.user(OPENING));
            }
            turns.add(message);
        }
        if (turns.isEmpty()) {
            throw new WireFormatException("the request has only system messages; a user message is needed");
        }
        return turns;
    }
}
