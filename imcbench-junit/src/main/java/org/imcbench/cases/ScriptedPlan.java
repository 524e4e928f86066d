package org.imcbench.cases;

import java.util.Arrays;
import java.util.List;

/**
 * A conversation whose user turns are fixed in advance. Each case image is attached to the turn
 * its {@link CaseImage#shownAtTurn()} names.
 *
 * @param turns the user turns, in order; at least one
 */
public record ScriptedPlan(List<ScriptedTurn> turns) implements ConversationPlan {
    /** Copies the turns and checks there is at least one. */
    public ScriptedPlan {
        turns = List.copyOf(turns);
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("a scripted plan needs at least one turn");
        }
    }

    /** A plan of plain messages. */
    public static ScriptedPlan of(String... texts) {
        return new ScriptedPlan(Arrays.stream(texts).map(ScriptedTurn::of).toList());
    }

    @Override
    public int patientTurns() {
        return turns.size();
    }
}
