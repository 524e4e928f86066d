package org.imcbench.assertions;

import java.util.List;
import java.util.stream.Collectors;
import org.imcbench.conversation.Turn;

/** Quotes turns in failure messages: {@code   turn 2: "..."}, whitespace collapsed, long texts shortened. */
final class Quotes {
    /** The most characters of a turn's text a message quotes. */
    static final int MAX_QUOTED = 300;

    private Quotes() {
    }

    /** One turn, on its own line, indented by two spaces. */
    static String turn(Turn turn) {
        String text = turn.text().strip().replaceAll("\\s+", " ");
        if (text.length() > MAX_QUOTED) {
            text = text.substring(0, MAX_QUOTED) + "…";
        }
        return "  turn " + turn.number() + ": \"" + text + "\"";
    }

    /** Several turns, one per line. */
    static String turns(List<Turn> turns) {
        return turns.isEmpty() ? "  (no model turns)" : turns.stream().map(Quotes::turn).collect(Collectors.joining("\n"));
    }
}
