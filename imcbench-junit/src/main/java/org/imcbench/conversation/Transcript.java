package org.imcbench.conversation;

import java.util.List;
import org.imcbench.model.Usage;

/**
 * Every turn of one conversation, in order.
 *
 * @param turns the turns; numbered 1..n
 * @param endedBy why the conversation ended, e.g. {@code script}, {@code end-marker}, {@code max-turns}
 */
public record Transcript(List<Turn> turns, String endedBy) {
    /** Copies the turns. */
    public Transcript {
        turns = List.copyOf(turns);
    }

    /** The turns of the model under test. */
    public List<Turn> modelTurns() {
        return turns.stream().filter(turn -> turn.speaker() == Speaker.MODEL).toList();
    }

    /** Tokens used over all turns. */
    public Usage usage() {
        return turns.stream().map(Turn::usage).reduce(Usage.NONE, Usage::plus);
    }
}
