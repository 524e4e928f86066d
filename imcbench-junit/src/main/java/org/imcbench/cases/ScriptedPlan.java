package org.imcbench.cases;

import java.util.List;

/**
 * A conversation whose user turns are fixed in advance. The case images are attached to the
 * first turn.
 *
 * @param turns the user turns, in order; at least one
 */
public record ScriptedPlan(List<String> turns) implements ConversationPlan {
    /** Copies the turns and checks there is at least one. */
    public ScriptedPlan {
        turns = List.copyOf(turns);
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("a scripted plan needs at least one turn");
        }
    }
}
